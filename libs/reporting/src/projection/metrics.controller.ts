import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import { ApiQueryOperation, INVALID_QUERY_TEXT, PublicRoute } from '@giaoviec/platform';
import { METRICS_REGISTRY } from './projection-metrics';

/** Prometheus scrape endpoint: projection lag, measured on each scrape. */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @PublicRoute()
  @ApiQueryOperation({
    summary: 'Metrics in the Prometheus text format (projection lag)',
    answers: { content: { 'text/plain': { schema: { type: 'string' } } } },
    answerDescription: 'The Prometheus text exposition format (text/plain; version=0.0.4)',
    problems: { 400: INVALID_QUERY_TEXT },
  })
  async metrics(@Res({ passthrough: true }) response: Response): Promise<string> {
    const body = await this.registry.metrics();
    response.type(this.registry.contentType);
    return body;
  }
}
