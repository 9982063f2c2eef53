import { ApiError, type Problem } from './problem';

/** A form field's name: `title`, or a field of a list's item (`['phases', 1, 'from']`). */
export type FormFieldName = string | readonly (string | number)[];

/** A message for a field of a form, as antd's `form.setFields` takes it. */
export interface FormFieldError {
  readonly name: FormFieldName;
  readonly errors: string[];
}

/**
 * Where a form puts what the API refused: `fields` names the form field of each request field
 * (`recurrence.dueDayOfMonth` → `dueDayOfMonth`); `lists` the form lists (Form.List) whose
 * items' fields keep the request's names (`phases[1].from` → `['phases', 1, 'from']`);
 * `rules` the form field a business rule's refusal (422) belongs to, from the problem's details.
 */
export interface FieldPlacement {
  readonly fields: Readonly<Record<string, string>>;
  readonly lists?: readonly string[];
  readonly rules?: Readonly<Record<string, (problem: Problem) => FormFieldName | undefined>>;
}

const LIST_ITEM_FIELD = /^([A-Za-z]+)\[(\d+)\]\.([A-Za-z]+)$/;

function formFieldOf(field: string, placement: FieldPlacement): FormFieldName | undefined {
  if (field in placement.fields) return placement.fields[field];
  const item = LIST_ITEM_FIELD.exec(field);
  return item && placement.lists?.includes(item[1]) ? [item[1], Number(item[2]), item[3]] : undefined;
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
      const name = error.field === undefined ? undefined : formFieldOf(error.field, placement);
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
