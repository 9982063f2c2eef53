import type { HttpException } from '@nestjs/common';
import { ruleRefusal } from '@giaoviec/platform';

/** Why an evidence file was refused: each a stable rule code with its HTTP status. */
export const EVIDENCE_REFUSALS = {
  'evidence.too_large': 413,
  'evidence.type_not_allowed': 415,
  'evidence.type_mismatch': 415,
  'evidence.empty': 400,
  'evidence.file_name_required': 400,
  'evidence.not_found': 404,
  'evidence.not_yours': 403,
  'evidence.other_task': 422,
} as const;

export type EvidenceRefusal = keyof typeof EVIDENCE_REFUSALS;

export function evidenceRefused(
  rule: EvidenceRefusal,
  detail: string,
  details: Record<string, unknown> = {},
): HttpException {
  return ruleRefusal(EVIDENCE_REFUSALS[rule], rule, detail, details);
}
