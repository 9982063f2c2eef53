/** An RFC 9457 problem document as the API answers it. */
export interface Problem {
  readonly type?: string;
  readonly title?: string;
  readonly status?: number;
  readonly detail?: string;
  readonly errors?: ReadonlyArray<{
    field?: string;
    property?: string;
    message?: string;
    messages?: string[];
  }>;
  readonly [key: string]: unknown;
}

/** A refused request, carrying the Vietnamese explanation the API gave. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(describeProblem(status, problem));
    this.name = 'ApiError';
  }
}

const FALLBACK_BY_STATUS: Record<number, string> = {
  400: 'Dữ liệu gửi lên chưa hợp lệ.',
  401: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại và thử lại.',
  422: 'Thao tác không phù hợp với trạng thái hiện tại của nhiệm vụ.',
  429: 'Thao tác quá nhiều lần, vui lòng thử lại sau ít phút.',
  503: 'Hệ thống đang cập nhật dữ liệu, vui lòng thử lại sau giây lát.',
};

export function describeProblem(status: number, problem: Problem | undefined): string {
  const detail = problem?.detail ?? problem?.title;
  // The API answers in Vietnamese when asked (Accept-Language: vi); trust it when it did.
  if (detail && /[àáảãạăâđèéêìíòóôơùúưỳý]/i.test(detail)) return detail;
  return (
    FALLBACK_BY_STATUS[status] ??
    (status >= 500 ? 'Hệ thống gặp sự cố, vui lòng thử lại sau.' : 'Yêu cầu không thực hiện được.')
  );
}

/**
 * A past day the API is still preparing (202 `read_models.as_of_preparing`): not a refusal;
 * the same request answers once the worker has built the day, so queries ask again after
 * `retryAfterSeconds`.
 */
export class AsOfPreparing extends ApiError {
  readonly asOf: string | undefined;
  readonly retryAfterSeconds: number;

  constructor(problem: Problem | undefined) {
    super(202, problem);
    this.name = 'AsOfPreparing';
    this.asOf = typeof problem?.asOf === 'string' ? problem.asOf : undefined;
    this.retryAfterSeconds =
      typeof problem?.retryAfterSeconds === 'number' && problem.retryAfterSeconds > 0
        ? problem.retryAfterSeconds
        : 10;
  }
}
