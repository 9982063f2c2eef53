import { ApiError, type Problem } from './problem';

/** A message for a field of a form, as antd's `form.setFields` takes it. */
export interface FormFieldError {
  readonly name: string;
  readonly errors: string[];
}

/**
 * Where a form puts what the API refused: `fields` names the form field of each request field
 * (`recurrence.dueDayOfMonth` → `dueDayOfMonth`); `rules` the form field a business rule's
 * refusal (422) belongs to, from the problem's details.
 */
export interface FieldPlacement {
  readonly fields: Readonly<Record<string, string>>;
  readonly rules?: Readonly<Record<string, (problem: Problem) => string | undefined>>;
}

/**
 * The API's refusal, put on the fields it is about. `complete` is false when some of it
 * belongs to no field of the form, so the dialog still says it above the form.
 */
export function placeFieldErrors(
  failure: unknown,
  placement: FieldPlacement,
): { fields: FormFieldError[]; complete: boolean } {
  const problem = failure instanceof ApiError ? failure.problem : undefined;
  if (!problem) return { fields: [], complete: false };
  if (problem.errors?.length) {
    const fields = problem.errors.flatMap((error) => {
      const name = error.field === undefined ? undefined : placement.fields[error.field];
      const messages = error.messages ?? (error.message ? [error.message] : []);
      return name && messages.length ? [{ name, errors: messages.map(sentence) }] : [];
    });
    return { fields, complete: fields.length === problem.errors.length };
  }
  const rule = typeof problem.rule === 'string' ? problem.rule : undefined;
  const name = rule === undefined ? undefined : placement.rules?.[rule]?.(problem);
  // The API's Vietnamese sentence for the rule (ApiError's message) says what to change.
  return name
    ? { fields: [{ name, errors: [(failure as ApiError).message] }], complete: true }
    : { fields: [], complete: false };
}

/** The API's field messages are clauses ("không được lớn hơn 31"); under a field they read as sentences. */
function sentence(message: string): string {
  return message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);
}
