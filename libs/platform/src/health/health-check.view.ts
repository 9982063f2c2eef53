import { ApiProperty } from '@nestjs/swagger';
import type { HealthCheckResult } from '@nestjs/terminus';

/** One component of a healthy answer: up, with what its probe tells (the event store's adapter, the projection lag...). */
const UP_COMPONENTS = {
  type: 'object' as const,
  additionalProperties: {
    type: 'object',
    required: ['status'],
    properties: { status: { type: 'string', enum: ['up'] } },
    additionalProperties: true,
  },
};

/**
 * What GET /health answers when every component is up (terminus's result). A component down
 * is a 503 problem instead: the filter turns terminus's exception into one.
 */
export class HealthCheckView implements HealthCheckResult {
  @ApiProperty({ enum: ['ok'] }) status!: 'ok';
  @ApiProperty({ ...UP_COMPONENTS, description: 'Each component that is up, by name' })
  info!: HealthCheckResult['info'];
  @ApiProperty({
    type: 'object',
    additionalProperties: false,
    description: 'The components that are down: none in a 200',
  })
  error!: HealthCheckResult['error'];
  @ApiProperty({
    ...UP_COMPONENTS,
    description:
      'Every component checked, by name: eventStore, postgres, redis and those of other modules (projections)',
  })
  details!: HealthCheckResult['details'];
}
