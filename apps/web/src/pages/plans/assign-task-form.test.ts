import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { placeFieldErrors } from '../../api/field-errors';
import { dayjs } from '../../labels/dates';
import { assignFieldPlacement, assignTaskBody, firstReportHelp, type AssignValues } from './assign-task-form';

const quarterly: AssignValues = {
  kind: 'periodic',
  title: ' Báo cáo kết quả chỉ tiêu KPI ',
  frequency: 'quarterly',
  dueDayOfMonth: 15,
  dueMonthsAfterPeriodEnd: 1,
  until: dayjs('2030-12-31'),
  // Left from before the choice switched to periodic: not sent.
  dueDate: dayjs('2027-01-10'),
  backdated: true,
  leadAgencyId: 'so-tai-chinh',
};

describe('the assign dialog', () => {
  it('sends a recurring report’s rhythm and no due date, so the API opens the next period', () => {
    expect(assignTaskBody(quarterly)).toEqual({
      title: 'Báo cáo kết quả chỉ tiêu KPI',
      recurrence: {
        frequency: 'quarterly',
        dueDayOfMonth: 15,
        dueMonthsAfterPeriodEnd: 1,
        until: '2030-12-31',
      },
      leadAgencyId: 'so-tai-chinh',
    });
  });

  it('sends a one-off task’s deadline and no recurrence', () => {
    expect(assignTaskBody({ ...quarterly, kind: 'once' })).toEqual({
      title: 'Báo cáo kết quả chỉ tiêu KPI',
      dueDate: '2027-01-10',
      backdated: true,
      leadAgencyId: 'so-tai-chinh',
    });
  });

  it('sends a deadline in working days instead of a date, or a date moved off a day off', () => {
    const once = { ...quarterly, kind: 'once' as const, backdated: false };
    expect(assignTaskBody({ ...once, deadlineBy: 'workingDays', dueInWorkingDays: 15 })).toEqual({
      title: 'Báo cáo kết quả chỉ tiêu KPI',
      dueInWorkingDays: 15,
      leadAgencyId: 'so-tai-chinh',
    });
    expect(assignTaskBody({ ...once, deadlineBy: 'date', rollsToNextWorkingDay: true })).toMatchObject({
      dueDate: '2027-01-10',
      dueDateRollsToNextWorkingDay: true,
    });
  });

  it('sends the source only with its section and words, the document number when given', () => {
    const once = { ...quarterly, kind: 'once' as const };
    expect(assignTaskBody({ ...once, sourceSection: 'III.5', sourceQuotedText: ' ' })).not.toHaveProperty(
      'source',
    );
    expect(
      assignTaskBody({
        ...once,
        sourceSection: ' III.5 ',
        sourceQuotedText: 'Xây dựng kho dữ liệu',
        sourceDocumentNumber: '',
      }).source,
    ).toEqual({ documentNumber: null, section: 'III.5', quotedText: 'Xây dựng kho dữ liệu' });
  });

  it('says the first period and its deadline, or why the plan does not allow it', () => {
    const recurrence = { frequency: 'quarterly', dueDayOfMonth: 15, dueMonthsAfterPeriodEnd: 1 } as const;
    expect(firstReportHelp(recurrence, '2026-12-05', '2030-12-31')).toEqual({
      text: 'Kỳ đầu tiên: báo cáo quý IV/2026, hạn nộp 15/01/2027. Các kỳ sau: hạn nộp ngày 15 tháng đầu sau quý.',
      refused: false,
    });
    expect(firstReportHelp(recurrence, '2030-12-20', '2030-12-31')).toEqual({
      text: 'Hạn nộp kỳ đầu (15/01/2031) nằm sau ngày kết thúc kế hoạch (31/12/2030); hãy chọn hạn nộp sớm hơn.',
      refused: true,
    });
    expect(firstReportHelp({ ...recurrence, until: '2026-09-30' }, '2026-12-05', '2030-12-31').refused).toBe(
      true,
    );
  });

  it('puts the API’s refusals of a recurring report on the fields they are about, in Vietnamese', () => {
    const placement = assignFieldPlacement(quarterly);
    const invalid = new ApiError(400, {
      status: 400,
      detail: 'Trường recurrence.dueDayOfMonth: không được lớn hơn 31; Trường title: không được để trống',
      errors: [
        { field: 'recurrence.dueDayOfMonth', messages: ['không được lớn hơn 31'] },
        { field: 'title', messages: ['không được để trống'] },
      ],
    });
    expect(placeFieldErrors(invalid, placement)).toEqual({
      fields: [
        { name: 'dueDayOfMonth', errors: ['Không được lớn hơn 31'] },
        { name: 'title', errors: ['Không được để trống'] },
      ],
      complete: true,
    });

    const detail = 'Thời hạn nằm sau ngày kết thúc của kế hoạch (31/12/2030).';
    const pastPlan = (dueDate: string) =>
      new ApiError(422, { status: 422, rule: 'task.due_date_after_plan_period', detail, dueDate });
    expect(placeFieldErrors(pastPlan('2030-12-31'), placement).fields).toEqual([
      { name: 'until', errors: [detail] },
    ]);
    expect(placeFieldErrors(pastPlan('2031-01-15'), placement).fields).toEqual([
      { name: 'dueDayOfMonth', errors: [detail] },
    ]);
    // A one-off task's deadline has a field of its own.
    expect(
      placeFieldErrors(pastPlan('2031-01-15'), assignFieldPlacement({ ...quarterly, kind: 'once' })).fields,
    ).toEqual([{ name: 'dueDate', errors: [detail] }]);

    const ended = new ApiError(422, {
      status: 422,
      rule: 'task.invalid_recurrence',
      detail: 'Lịch báo cáo định kỳ không hợp lệ: còn ít nhất một kỳ trước ngày kết thúc.',
      until: '2026-09-30',
    });
    expect(placeFieldErrors(ended, placement).fields.map((field) => field.name)).toEqual(['until']);
  });

  it('leaves above the form what belongs to no field', () => {
    const placement = assignFieldPlacement(quarterly);
    const conflict = new ApiError(409, {
      status: 409,
      rule: 'stream.wrong_expected_version',
      detail: 'Dữ liệu đã thay đổi.',
    });
    expect(placeFieldErrors(conflict, placement)).toEqual({ fields: [], complete: false });
    const partly = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'title', messages: ['không được để trống'] },
        { field: 'somethingElse', messages: ['không phải là trường được chấp nhận'] },
      ],
    });
    expect(placeFieldErrors(partly, placement)).toMatchObject({
      complete: false,
      fields: [{ name: 'title' }],
    });
    expect(placeFieldErrors(new Error('mạng'), placement)).toEqual({ fields: [], complete: false });
  });
});
