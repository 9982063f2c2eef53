import type { FieldError } from './problem';

/** Deeper than any body of this API (a plan's legal bases are three levels): refused unread. */
export const MAX_NESTING_DEPTH = 32;
/** Longer than any text a person writes in one field here (a task's source text included). */
export const MAX_BODY_TEXT_LENGTH = 50_000;
/** Ids, filters and cursors: short. */
export const MAX_PARAMETER_LENGTH = 2_000;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

type Check = 'noNulCharacter' | 'wellFormedUnicode' | 'maxLength' | 'nestingDepth';

const english = (check: Check, maxLength: number): string =>
  ({
    noNulCharacter: 'must not contain the NUL character (U+0000)',
    wellFormedUnicode: 'must be well-formed Unicode text (no lone surrogate)',
    // The words of class-validator's own maxLength, so the Vietnamese text finds the number.
    maxLength: `must be shorter than or equal to ${maxLength} characters`,
    nestingDepth: `must not be nested more than ${MAX_NESTING_DEPTH} levels deep`,
  })[check];

function textCheck(text: string, maxLength: number): Check | undefined {
  if (text.includes('\u0000')) return 'noNulCharacter';
  if (LONE_SURROGATE.test(text)) return 'wellFormedUnicode';
  if (text.length > maxLength) return 'maxLength';
  return undefined;
}

const fieldName = (parent: string, key: string | number) =>
  typeof key === 'number' ? `${parent}[${key}]` : parent === '' ? key : `${parent}.${key}`;

/**
 * What no field of this API can hold and PostgreSQL cannot store (NUL, lone surrogates),
 * what is far too long, and what is nested deeper than any body: one error per field,
 * named as the validation pipe names fields (`signer.name`, `legalBases[0]`). Iterative, so
 * a hostile depth cannot exhaust the stack.
 */
export function unrepresentableFields(value: unknown, maxLength: number, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const report = (field: string, check: Check, limit = maxLength) =>
    errors.push({ field: field === '' ? 'body' : field, messages: [english(check, limit)], codes: [check] });
  const pending: Array<{ value: unknown; field: string; depth: number }> = [{ value, field: root, depth: 0 }];
  while (pending.length > 0 && errors.length < 20) {
    const { value: current, field, depth } = pending.pop()!;
    if (typeof current === 'string') {
      const check = textCheck(current, maxLength);
      if (check) report(field, check);
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    if (depth >= MAX_NESTING_DEPTH) {
      report(field, 'nestingDepth');
      continue;
    }
    const entries: Array<[string | number, unknown]> = Array.isArray(current)
      ? current.map((item, index) => [index, item])
      : Object.entries(current);
    for (const [key, child] of entries) {
      const name = fieldName(field, key);
      if (typeof key === 'string') {
        const check = textCheck(key, MAX_PARAMETER_LENGTH);
        if (check) {
          report(name, check, MAX_PARAMETER_LENGTH);
          continue;
        }
      }
      pending.push({ value: child, field: name, depth: depth + 1 });
    }
  }
  return errors;
}
