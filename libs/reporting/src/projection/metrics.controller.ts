import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import type { Registry } from 'prom-client';
import { PublicRoute } from '@giaoviec/platform';
import { METRICS_REGISTRY } from './projection-metrics';

/** Prometheus scrape endpoint: projection lag, measured on each scrape. */
@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get()
  @PublicRoute()
  @ApiOperation({ summary: 'Metrics in the Prometheus text format (projection lag)' })
  @ApiProduces('text/plain')
  @ApiOkResponse({ description: 'Prometheus exposition format', type: String })
  async metrics(@Res({ passthrough: true }) response: Response): Promise<string> {
    const body = await this.registry.metrics();
    response.type(this.registry.contentType);
    return body;
  }
}
