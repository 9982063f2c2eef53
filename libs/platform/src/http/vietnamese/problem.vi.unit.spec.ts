import { DomainRuleViolation } from '@giaoviec/kernel';
import { WrongExpectedVersionError } from '@giaoviec/event-store';
import { toProblem, type Problem } from '../problem';
import { prefersVietnamese, problemInVietnamese } from './problem.vi';

describe('problem documents in Vietnamese', () => {
  it('names every refused field, keeping field names and codes', () => {
    const problem: Problem = {
      type: 'urn:giaoviec:problem:validation',
      title: 'Invalid request',
      status: 400,
      detail: 'Invalid field(s): dueDate, title, isAdmin, leadAgencyId, coordinatingAgencyIds',
      errors: [
        {
          field: 'dueDate',
          messages: ['dueDate must be a calendar date written YYYY-MM-DD'],
          codes: ['isLocalDate'],
        },
        {
          field: 'title',
          messages: ['title must be shorter than or equal to 300 characters'],
          codes: ['maxLength'],
        },
        { field: 'isAdmin', messages: ['property isAdmin should not exist'], codes: ['whitelistValidation'] },
        {
          field: 'leadAgencyId',
          messages: ['leadAgencyId must be a lower-case id of letters, digits and dashes, e.g. "so-khcn"'],
          codes: ['matches'],
        },
        {
          field: 'coordinatingAgencyIds',
          messages: ['each value in coordinatingAgencyIds must be a string'],
          codes: ['isString'],
        },
      ],
    };
    const vietnamese = problemInVietnamese(problem);
    expect(vietnamese).toMatchObject({ type: problem.type, status: 400, title: 'Yêu cầu không hợp lệ' });
    expect(vietnamese.detail).toBe(
      'Trường dueDate: phải là ngày hợp lệ (yyyy-mm-dd); Trường title: tối đa 300 ký tự; ' +
        'Trường isAdmin: không phải là trường được chấp nhận; hãy bỏ trường này; ' +
        'Trường leadAgencyId: phải là mã gồm chữ thường, chữ số và dấu gạch ngang, ví dụ "so-khcn"; ' +
        'Trường coordinatingAgencyIds: mỗi phần tử phải là chuỗi ký tự',
    );
    expect(vietnamese.errors?.map((error) => [error.field, error.codes])).toEqual(
      problem.errors?.map((error) => [error.field, error.codes]),
    );
  });

  it('says which domain rule was broken, keeping the rule code and its details', () => {
    const problem = toProblem(
      new DomainRuleViolation(
        'task.already_acknowledged',
        'Task t-1 was already acknowledged.',
        'state_conflict',
        {
          taskId: 't-1',
        },
      ),
    );
    expect(problemInVietnamese(problem)).toEqual({
      ...problem,
      title: 'Xung đột với dữ liệu hiện tại',
      detail: 'Nhiệm vụ đã được tiếp nhận trước đó.',
    });
  });

  it('tells a stale version from the versions it carries', () => {
    const problem = problemInVietnamese(toProblem(new WrongExpectedVersionError('task-t-1', 3, 5)));
    expect(problem.detail).toBe(
      'Dữ liệu đã được người khác thay đổi (phiên bản bạn đã xem: 3, phiên bản hiện tại: 5). Vui lòng tải lại và thực hiện lại.',
    );
    expect(problem.currentVersion).toBe(5);
  });

  it('names the role and the action refused', () => {
    const base = {
      type: 'urn:giaoviec:problem:auth.forbidden',
      title: 'Not allowed',
      status: 403,
      rule: 'auth.forbidden',
    };
    expect(
      problemInVietnamese({ ...base, detail: 'x', reason: 'role', action: 'task.assign', role: 'officer' })
        .detail,
    ).toBe('Vai trò cán bộ không được giao nhiệm vụ.');
    expect(
      problemInVietnamese({
        ...base,
        detail: 'x',
        reason: 'own_agency',
        action: 'task.acknowledge',
        role: 'officer',
      }).detail,
    ).toBe('Vai trò cán bộ chỉ được tiếp nhận nhiệm vụ của đơn vị mình.');
  });

  it('falls back to a sentence of the status for a problem without a rule', () => {
    expect(
      problemInVietnamese({
        type: 'urn:giaoviec:problem:http.404',
        title: 'Not found',
        status: 404,
        detail: 'Cannot GET /nowhere',
      }).detail,
    ).toBe('Không tìm thấy đường dẫn GET /nowhere.');
    expect(problemInVietnamese(toProblem(new Error('boom'))).title).toBe('Lỗi hệ thống');
  });

  it('answers in Vietnamese only to a client preferring it', () => {
    const asking = (header: string | undefined) => ({
      acceptsLanguages: (...languages: string[]) => {
        // What express does, for these headers: the first language of the header we offer.
        if (header === undefined) return languages[0];
        const wanted = header.split(',').map((part) => part.split(';')[0].trim().split('-')[0]);
        return wanted.find((language) => languages.includes(language)) ?? false;
      },
    });
    expect(prefersVietnamese(asking('vi'))).toBe(true);
    expect(prefersVietnamese(asking('vi-VN,vi;q=0.9,en;q=0.8'))).toBe(true);
    expect(prefersVietnamese(asking('en-US,en;q=0.9'))).toBe(false);
    expect(prefersVietnamese(asking(undefined))).toBe(false);
  });
});
