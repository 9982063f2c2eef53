import { BadRequestException, ForbiddenException, HttpException } from '@nestjs/common';
import { problemTitle, type FieldError } from './problem';

/**
 * A 400 naming every bad field, as the validation pipe answers it. `code` says which check
 * failed (the class-validator constraint, e.g. `isLocalDate`, or a code of our own such as
 * `ifMatch`): what the Vietnamese messages are chosen by.
 */
export function invalidRequest(
  errors: readonly FieldError[],
  extra: { readonly detail?: string; readonly rule?: string } & Record<string, unknown> = {},
): BadRequestException {
  const { detail, ...rest } = extra;
  return new BadRequestException({
    ...rest,
    type: `urn:giaoviec:problem:${extra.rule ?? 'validation'}`,
    title: 'Invalid request',
    status: 400,
    detail: detail ?? `Invalid field(s): ${errors.map((error) => error.field).join(', ')}`,
    errors,
  });
}

/** One field with one failed check of our own. */
export function invalidField(
  field: string,
  code: string,
  message: string,
  detail?: string,
): BadRequestException {
  return invalidRequest([{ field, messages: [message], codes: [code] }], { detail });
}

/**
 * Why a request was refused (403): the role may not do it at all; only for its own agency's
 * resources; only towards a unit of its agency; or it asked a list for another agency's rows.
 */
export type ForbiddenReason =
  'role' | 'own_agency' | 'unit_of_agency' | 'other_agency_rows' | 'deadline_of_standing_office';

export function forbiddenProblem(
  detail: string,
  problem: { readonly reason: ForbiddenReason; readonly action?: string; readonly role?: string } & Record<
    string,
    unknown
  >,
): ForbiddenException {
  return new ForbiddenException({
    ...problem,
    type: 'urn:giaoviec:problem:auth.forbidden',
    title: 'Not allowed',
    status: 403,
    rule: 'auth.forbidden',
    detail,
  });
}

/**
 * A refusal with a stable `rule` whose status is not one a DomainRuleViolation speaks (401,
 * 403, 413, 415, 429...): an RFC 9457 problem like every other error of the API.
 */
export function ruleRefusal(
  status: number,
  rule: string,
  detail: string,
  extra: Record<string, unknown> = {},
): HttpException {
  return new HttpException(
    {
      ...extra,
      type: `urn:giaoviec:problem:${rule}`,
      title: problemTitle(status) ?? 'Refused',
      status,
      detail,
      rule,
    },
    status,
  );
}
