import type { FieldError } from '../problem';

/**
 * What a failed check of a field says in Vietnamese, by the check's code: the class-validator
 * constraint (`isLocalDate`, `maxLength`...) or a code of our own (`ifMatch`...). A number or
 * list the check names (a length, the allowed values) is taken from the English message.
 */
type FieldText = (english: string) => string;

const lastNumber = (english: string) => /(-?\d+(?:[.,]\d+)?)(?!.*\d)/.exec(english)?.[1] ?? '?';
const after = (english: string, marker: RegExp) => english.split(marker)[1]?.trim() ?? '';

/** The messages of `@Matches` with a message of our own, by what they say. */
const PATTERNS: ReadonlyArray<[RegExp, FieldText]> = [
  [
    /lower-case id of letters, digits and dashes/,
    () => 'phải là mã gồm chữ thường, chữ số và dấu gạch ngang, ví dụ "so-khcn"',
  ],
  [
    /must be (\d+)-(\d+) lower-case letters, digits/,
    (english) => {
      const [, from, to] = /must be (\d+)-(\d+)/.exec(english) ?? [];
      return `phải gồm ${from}–${to} ký tự: chữ thường, chữ số, ".", "_" hoặc "-"`;
    },
  ],
  [/must be YYYY, YYYY-H1, YYYY-Q2 or YYYY-MM/, () => 'phải có dạng YYYY, YYYY-H1, YYYY-Q2 hoặc YYYY-MM'],
  [/event type names separated by commas/, () => 'phải là tên các loại sự kiện, cách nhau bởi dấu phẩy'],
];

export const FIELD_CHECKS: Readonly<Record<string, FieldText>> = {
  // class-validator's constraints, as the DTOs use them
  isLocalDate: () => 'phải là ngày hợp lệ (yyyy-mm-dd)',
  isDayOrInstant: () => 'phải là ngày (yyyy-mm-dd) hoặc thời điểm theo ISO 8601, ví dụ 2026-06-30T17:00:00Z',
  isString: () => 'phải là chuỗi ký tự',
  isNotEmpty: () => 'không được để trống',
  maxLength: (english) => `tối đa ${lastNumber(english)} ký tự`,
  minLength: (english) => `tối thiểu ${lastNumber(english)} ký tự`,
  isInt: () => 'phải là số nguyên',
  isNumber: () => 'phải là một số',
  min: (english) => `không được nhỏ hơn ${lastNumber(english)}`,
  max: (english) => `không được lớn hơn ${lastNumber(english)}`,
  isIn: (english) => `phải là một trong các giá trị: ${after(english, /one of(?: the following values:)?/)}`,
  isBoolean: () => 'phải là true hoặc false',
  isArray: () => 'phải là một danh sách',
  arrayMinSize: (english) => `phải có ít nhất ${lastNumber(english)} phần tử`,
  arrayMaxSize: (english) => `có tối đa ${lastNumber(english)} phần tử`,
  isUuid: () => 'phải là mã UUID do hệ thống cấp (ví dụ mã tệp đính kèm nhận được khi tải lên)',
  arrayUnique: () => 'không được có phần tử trùng nhau',
  isEmail: () => 'phải là địa chỉ thư điện tử hợp lệ',
  isUrl: () => 'phải là địa chỉ URL hợp lệ',
  matches: (english) =>
    PATTERNS.find(([pattern]) => pattern.test(english))?.[1](english) ?? 'không đúng định dạng yêu cầu',
  nestedValidation: () => 'phải là một đối tượng hoặc danh sách hợp lệ',
  whitelistValidation: () => 'không phải là trường được chấp nhận; hãy bỏ trường này',
  unknownValue: () => 'dữ liệu gửi lên không hợp lệ',
  isDefined: () => 'là bắt buộc',
  // Checks of our own (invalidField)
  streamVersion: () => 'phải là số phiên bản của dữ liệu, ví dụ "3"',
  agreesWithIfMatch: () => 'phải trùng với phiên bản trong tiêu đề If-Match',
  idempotencyKey: () => 'phải gồm 8–200 ký tự: chữ cái, chữ số, ".", "_", ":" hoặc "-" (nên dùng UUID)',
  cursor: () => 'không phải là con trỏ phân trang do hệ thống cấp',
  notWithOffset: () => 'không dùng cùng lúc với offset',
  onlyWithDueDateSort: () => 'chỉ dùng khi sắp xếp theo hạn (sort=dueDate); hãy dùng offset',
  notAfterDueTo: () => 'không được sau ngày kết thúc (dueTo)',
  notBeforeFrom: () => 'không được trước ngày bắt đầu (from)',
  notAfterTo: () => 'không được sau thời điểm kết thúc (to)',
  absentWithAllCommunes: () => 'không gửi khi giao nhiệm vụ cho tất cả xã, phường (allCommunes)',
  absentWithDueDate: () =>
    'không gửi cùng ngày hạn (dueDate) hay lịch định kỳ (recurrence): chọn một cách ghi thời hạn',
  noNulCharacter: () => 'không được chứa ký tự NUL (U+0000)',
  wellFormedUnicode: () => 'phải là văn bản Unicode hợp lệ',
  nestingDepth: () => 'lồng nhau quá nhiều cấp',
  jsonMediaType: () => 'phải là application/json',
  isJsonObject: () => 'phải là một đối tượng JSON ({ … })',
  readPosition: () => 'phải là vị trí (position) do một lệnh trả về',
};

/** A check without a Vietnamese text of its own: still Vietnamese, only less precise. */
const UNKNOWN_CHECK = 'không hợp lệ';

/** Headers are named as such; everything else is a field of the body or the query. */
const HEADERS = new Set(['If-Match', 'Idempotency-Key', 'X-Read-After', 'Content-Type']);

function fieldMessage(code: string | undefined, english: string): string {
  const text = code === undefined ? undefined : FIELD_CHECKS[code];
  const vietnamese = text ? text(english) : UNKNOWN_CHECK;
  return /^each value in /.test(english) ? `mỗi phần tử ${vietnamese}` : vietnamese;
}

/** The errors with Vietnamese messages (fields and codes as they were). */
export function fieldErrorsInVietnamese(errors: readonly FieldError[]): FieldError[] {
  return errors.map((error) => ({
    ...error,
    messages: error.messages.map((message, index) => fieldMessage(error.codes?.[index], message)),
  }));
}

/** 'Trường dueDate: phải là ngày hợp lệ (yyyy-mm-dd); Trường title: tối đa 300 ký tự'. */
export function fieldErrorsSentence(errors: readonly FieldError[]): string {
  return errors
    .map(
      (error) =>
        `${HEADERS.has(error.field) ? 'Tiêu đề' : 'Trường'} ${error.field}: ${error.messages.join(', ')}`,
    )
    .join('; ');
}
