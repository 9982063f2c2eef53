import type { Problem } from '../problem';
import { fieldErrorsInVietnamese, fieldErrorsSentence } from './field-checks.vi';
import { ruleText } from './rule-texts.vi';

export const PROBLEM_TITLES: Readonly<Record<number, string>> = {
  202: 'Đang chuẩn bị số liệu',
  400: 'Yêu cầu không hợp lệ',
  401: 'Chưa đăng nhập',
  403: 'Không có quyền',
  404: 'Không tìm thấy',
  405: 'Phương thức không được hỗ trợ',
  409: 'Xung đột với dữ liệu hiện tại',
  413: 'Dữ liệu gửi lên quá lớn',
  415: 'Định dạng dữ liệu không được hỗ trợ',
  422: 'Vi phạm quy định nghiệp vụ',
  429: 'Thao tác quá nhiều lần',
  500: 'Lỗi hệ thống',
  503: 'Hệ thống tạm thời chưa sẵn sàng',
};

/** What a problem without a rule of its own says, by status. */
function statusText(problem: Problem): string {
  switch (problem.status) {
    case 400:
      return 'Dữ liệu gửi lên chưa hợp lệ.';
    case 401:
      return 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.';
    case 403:
      return 'Bạn không có quyền thực hiện thao tác này.';
    case 404: {
      // The API's own answer to a path no route has: "Cannot GET /nowhere".
      const route = /^Cannot ([A-Z]+) (\S+)$/.exec(problem.detail);
      return route ? `Không tìm thấy đường dẫn ${route[1]} ${route[2]}.` : 'Không tìm thấy dữ liệu yêu cầu.';
    }
    case 405:
      return 'Phương thức này không được hỗ trợ cho đường dẫn này.';
    case 409:
      return 'Yêu cầu xung đột với dữ liệu hiện tại; vui lòng tải lại và thực hiện lại.';
    case 413:
      return 'Dữ liệu gửi lên quá lớn.';
    case 415:
      return 'Định dạng dữ liệu gửi lên không được hỗ trợ; hãy gửi JSON (Content-Type: application/json).';
    case 422:
      return 'Yêu cầu vi phạm quy định nghiệp vụ.';
    case 429:
      return 'Thao tác quá nhiều lần; vui lòng thử lại sau ít phút.';
    case 503:
      return 'Hệ thống tạm thời chưa sẵn sàng; vui lòng thử lại sau.';
    default:
      return problem.status >= 500
        ? 'Hệ thống gặp sự cố nên yêu cầu chưa được thực hiện; có thể gửi lại yêu cầu với cùng khóa chống gửi trùng (Idempotency-Key).'
        : 'Yêu cầu không thực hiện được.';
  }
}

/**
 * The same problem for a Vietnamese reader: `title` and `detail` in Vietnamese; a refused
 * field keeps its name (and its codes) with its messages in Vietnamese; type, status, rule
 * and every other member are unchanged, so clients branch on them as before. Pure.
 */
export function problemInVietnamese(problem: Problem): Problem {
  const title =
    PROBLEM_TITLES[problem.status] ??
    (problem.status >= 500 ? 'Lỗi hệ thống' : 'Yêu cầu không thực hiện được');
  if (problem.errors !== undefined && problem.errors.length > 0) {
    const errors = fieldErrorsInVietnamese(problem.errors);
    return { ...problem, title, detail: fieldErrorsSentence(errors), errors };
  }
  return { ...problem, title, detail: ruleText(problem) ?? statusText(problem) };
}

/** Whether the client asked for Vietnamese (`Accept-Language: vi`, `vi-VN`…) over English, the default. */
export function prefersVietnamese(request: {
  acceptsLanguages(...languages: string[]): string | false;
}): boolean {
  return request.acceptsLanguages('en', 'vi') === 'vi';
}
