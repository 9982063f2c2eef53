import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { UnauthenticatedReason } from '../../request-context/actor.guard';
import type { ForbiddenReason } from '../client-problems';
import type { FieldError, Problem } from '../problem';

/** The reasons a 401 (`auth.unauthenticated`) or a 403 (`auth.forbidden`) gives. */
const REFUSAL_REASONS = [
  'missing_token',
  'expired',
  'invalid',
  'role',
  'own_agency',
  'unit_of_agency',
  'other_agency_rows',
] as const satisfies ReadonlyArray<UnauthenticatedReason | ForbiddenReason>;

export class ProblemFieldError implements FieldError {
  @ApiProperty({
    description: 'Path of the field (items by index), parameter or header',
    example: 'targets[0].year',
  })
  field!: string;
  @ApiProperty({ type: [String], description: 'What is wrong, in the language of Accept-Language' })
  messages!: string[];
  @ApiPropertyOptional({
    type: [String],
    description:
      'The check that failed for each message (e.g. `isLocalDate`, `noNulCharacter`): stable, for clients',
  })
  codes?: string[];
}

/**
 * Every error answer of the API (RFC 9457, application/problem+json), as ProblemFilter sends
 * it. A domain rule's refusal also carries the ids it concerns (e.g. `taskId`), hence the
 * open set of members.
 */
export class ProblemDocument implements Problem {
  readonly [extension: string]: unknown;

  @ApiProperty({
    description: 'Identifies the kind of problem',
    example: 'urn:giaoviec:problem:task.not_found',
  })
  type!: string;
  @ApiProperty({
    description: 'Short, by status; in Vietnamese with Accept-Language: vi',
    example: 'Not found',
  })
  title!: string;
  @ApiProperty({ type: 'integer', description: 'The HTTP status', example: 404 })
  status!: number;
  @ApiProperty({
    description: 'What happened and what to do, for a person',
    example: 'Task t-1 does not exist.',
  })
  detail!: string;
  @ApiPropertyOptional({
    description: 'A stable code a client can branch on, whatever the language',
    example: 'task.not_found',
  })
  rule?: string;
  @ApiPropertyOptional({ type: [ProblemFieldError], description: 'A 400: every refused field' })
  errors?: ProblemFieldError[];
  @ApiPropertyOptional({
    type: 'integer',
    description: 'A stale version (409 `stream.wrong_expected_version`): the version now; also sent as ETag',
  })
  currentVersion?: number;
  @ApiPropertyOptional({ type: 'integer', description: 'A stale version: the version the command expected' })
  expectedVersion?: number;
  @ApiPropertyOptional({
    enum: REFUSAL_REASONS,
    description: 'A 401 or 403: why the request was refused',
  })
  reason?: (typeof REFUSAL_REASONS)[number];
  @ApiPropertyOptional({
    description: 'A 403: the action of the policy refused',
    example: 'task.acknowledge',
  })
  action?: string;
  @ApiPropertyOptional({ description: "A 403: the actor's role", example: 'officer' })
  role?: string;
}
