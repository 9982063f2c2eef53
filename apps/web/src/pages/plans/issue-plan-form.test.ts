import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/problem';
import { placeFieldErrors } from '../../api/field-errors';
import { dayjs } from '../../labels/dates';
import { ISSUE_PLAN_FIELD_PLACEMENT, issuePlanBody, type IssuePlanValues } from './issue-plan-form';
import { phaseEndProblem, phaseStartProblem, type PhaseValues } from './plan-phases-form';

const day = (date: string) => dayjs(date, 'YYYY-MM-DD');
const period = { from: day('2026-01-01'), to: day('2030-12-31') };
const consolidation: PhaseValues = {
  name: ' Giai đoạn 2026 – 2028 ',
  from: day('2026-01-01'),
  to: day('2028-12-31'),
  focus: ' Hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng ',
};
const modernisation: PhaseValues = {
  name: 'Giai đoạn 2029 – 2030',
  from: day('2029-01-01'),
  to: day('2030-12-31'),
  focus: 'Tối ưu hóa và hiện đại hóa toàn bộ hạ tầng',
};
const plan: IssuePlanValues = {
  title: 'Kế hoạch chuyển đổi hạ tầng số',
  issuingAuthority: 'UBND thành phố Huế',
  ...period,
  phases: [consolidation, modernisation],
};

describe('the issue-plan dialog’s phases', () => {
  it('sends the phases trimmed, in the order listed, and none when the list is empty', () => {
    expect(issuePlanBody(plan).phases).toEqual([
      {
        name: 'Giai đoạn 2026 – 2028',
        from: '2026-01-01',
        to: '2028-12-31',
        focus: 'Hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng',
      },
      {
        name: 'Giai đoạn 2029 – 2030',
        from: '2029-01-01',
        to: '2030-12-31',
        focus: 'Tối ưu hóa và hiện đại hóa toàn bộ hạ tầng',
      },
    ]);
    expect(issuePlanBody({ ...plan, phases: [] }).phases).toBeUndefined();
  });

  it('accepts phases inside the period, in order and not overlapping', () => {
    for (const index of [0, 1]) {
      expect(phaseStartProblem(plan.phases, index, period)).toBeUndefined();
      expect(phaseEndProblem(plan.phases, index, period)).toBeUndefined();
    }
  });

  it('refuses, as the API does, a phase outside the plan’s period', () => {
    const early = [{ ...consolidation, from: day('2025-07-01') }];
    expect(phaseStartProblem(early, 0, period)).toBe(
      'Giai đoạn phải bắt đầu từ ngày bắt đầu kế hoạch (01/01/2026) trở đi',
    );
    const late = [consolidation, { ...modernisation, to: day('2031-12-31') }];
    expect(phaseEndProblem(late, 1, period)).toBe(
      'Giai đoạn phải kết thúc trước hoặc vào ngày kết thúc kế hoạch (31/12/2030)',
    );
  });

  it('refuses a phase ending before it starts, one listed out of order and one overlapping the one before', () => {
    expect(phaseEndProblem([{ ...consolidation, to: day('2025-12-31') }], 0, period)).toBe(
      'Ngày kết thúc giai đoạn không được trước ngày bắt đầu',
    );
    expect(phaseStartProblem([modernisation, consolidation], 1, period)).toBe(
      'Các giai đoạn phải theo thứ tự thời gian: giai đoạn này bắt đầu trước “Giai đoạn 2029 – 2030”',
    );
    // Starting on the day the one above ends is an overlap too.
    expect(phaseStartProblem([consolidation, { ...modernisation, from: day('2028-12-31') }], 1, period)).toBe(
      'Giai đoạn này phải bắt đầu sau khi “Giai đoạn 2026 – 2028” kết thúc (31/12/2028)',
    );
    expect(
      phaseStartProblem([{ from: day('2026-01-01'), to: day('2027-06-30') }, modernisation], 1, period),
    ).toBeUndefined();
  });

  it('puts the API’s refusals of a phase on that phase’s field', () => {
    const overlap = new ApiError(422, {
      status: 422,
      rule: 'plan.phases_overlap',
      detail: 'Các giai đoạn thực hiện không được chồng lên nhau.',
      phaseIndex: 1,
      from: '2028-12-31',
      previousTo: '2028-12-31',
    });
    expect(placeFieldErrors(overlap, ISSUE_PLAN_FIELD_PLACEMENT)).toEqual({
      fields: [
        { name: ['phases', 1, 'from'], errors: ['Các giai đoạn thực hiện không được chồng lên nhau.'] },
      ],
      complete: true,
    });
    const outside = (from: string, to: string) =>
      new ApiError(422, {
        status: 422,
        rule: 'plan.phase_outside_period',
        detail: 'Giai đoạn thực hiện phải nằm trong thời kỳ của kế hoạch.',
        phaseIndex: 0,
        from,
        to,
        period: { from: '2026-01-01', to: '2030-12-31' },
      });
    expect(
      placeFieldErrors(outside('2025-07-01', '2028-12-31'), ISSUE_PLAN_FIELD_PLACEMENT).fields[0].name,
    ).toEqual(['phases', 0, 'from']);
    expect(
      placeFieldErrors(outside('2026-01-01', '2031-12-31'), ISSUE_PLAN_FIELD_PLACEMENT).fields[0].name,
    ).toEqual(['phases', 0, 'to']);
    const invalid = new ApiError(400, {
      status: 400,
      errors: [
        { field: 'phases[2].focus', messages: ['không được để trống'] },
        { field: 'period.to', messages: ['phải là ngày hợp lệ'] },
      ],
    });
    expect(placeFieldErrors(invalid, ISSUE_PLAN_FIELD_PLACEMENT)).toEqual({
      fields: [
        { name: ['phases', 2, 'focus'], errors: ['Không được để trống'] },
        { name: 'to', errors: ['Phải là ngày hợp lệ'] },
      ],
      complete: true,
    });
  });
});
