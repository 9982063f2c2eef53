/**
 * Official document numbers: `<number>/<type>-<issuer>`, e.g. '495/KH-UBND' (a plan of the
 * city People's Committee), '1033/QĐ-TTg' (a Prime Minister's decision), '05/KH-BCĐ'.
 */

/** A plan (Kế hoạch) number: '495/KH-UBND', '284/KH-UBND', '12/KH-SKHCN', '05/KH-BCĐ', '7/KH-UBND-VX'. */
const PLAN_NUMBER = /^\d+[a-zA-Z]?\/KH-[\p{L}\d&.]+(?:-[\p{L}\d&.]+)*$/u;

/** Any official document number: a number, a slash, then the type and issuer ('1033/QĐ-TTg', '12/2025/NQ-HĐND'). */
const DOCUMENT_NUMBER = /^\d+[a-zA-Z]?\/[\p{L}\d&./-]*\p{L}[\p{L}\d&./-]*$/u;

export function isPlanNumber(value: unknown): value is string {
  return typeof value === 'string' && PLAN_NUMBER.test(value.trim());
}

export function isDocumentNumber(value: unknown): value is string {
  return typeof value === 'string' && DOCUMENT_NUMBER.test(value.trim());
}
