import { decisionContext, givenEvents } from '@giaoviec/kernel/testing';
import { IssuePlan } from './plan-commands';
import { planDecider } from './plan-decider';
import { PlanPhase } from './plan-events';
import { evolvePlan, initialPlanState } from './plan-state';
import { plan495Issued } from './testing/planning-fixtures';

/** Plan 455/KH-UBND (seed document 003): 2026 – 2030 in two phases. */
const period = { from: '2026-01-01', to: '2030-12-31' };
const consolidation: PlanPhase = {
  name: 'Giai đoạn 2026 – 2028',
  from: '2026-01-01',
  to: '2028-12-31',
  focus: 'Hợp nhất, chuyển đổi và tích hợp các hệ thống hạ tầng theo phương án đã xây dựng.',
};
const modernisation: PlanPhase = {
  name: 'Giai đoạn 2029 – 2030',
  from: '2029-01-01',
  to: '2030-12-31',
  focus: 'Tối ưu hóa và hiện đại hóa toàn bộ hạ tầng thông tin – hạ tầng số đã hợp nhất.',
};

const issueWithPhases = (phases: readonly PlanPhase[]): IssuePlan => ({
  type: 'IssuePlan',
  data: { ...plan495Issued.data, planId: 'kh-455', number: '455/KH-UBND', period, phases },
});

describe('the phases a plan is issued with', () => {
  it('records each phase, in order, inside the period', () => {
    givenEvents(planDecider, [])
      .when(issueWithPhases([consolidation, modernisation]))
      .thenMatch([
        { type: 'PlanIssued', data: expect.objectContaining({ phases: [consolidation, modernisation] }) },
      ]);
  });

  it('trims the names and focuses, and leaves an empty list out of the event', () => {
    givenEvents(planDecider, [])
      .when(
        issueWithPhases([
          { ...consolidation, name: ` ${consolidation.name} `, focus: ` ${consolidation.focus}\n` },
        ]),
      )
      .thenMatch([{ type: 'PlanIssued', data: expect.objectContaining({ phases: [consolidation] }) }]);
    const [issued] = planDecider.decide(issueWithPhases([]), initialPlanState(), decisionContext());
    expect(issued?.data).not.toHaveProperty('phases');
  });

  it('accepts phases that meet: one ends the day before the next starts', () => {
    const firstHalf = { ...consolidation, to: '2028-06-30' };
    const secondHalf = { ...modernisation, from: '2028-07-01' };
    givenEvents(planDecider, [])
      .when(issueWithPhases([firstHalf, secondHalf]))
      .thenMatch([
        { type: 'PlanIssued', data: expect.objectContaining({ phases: [firstHalf, secondHalf] }) },
      ]);
  });

  it('refuses a phase that starts before the plan or ends after it', () => {
    const early = givenEvents(planDecider, [])
      .when(issueWithPhases([{ ...consolidation, from: '2025-07-01' }]))
      .thenFails('plan.phase_outside_period');
    expect(early.kind).toBe('unprocessable');
    expect(early.details).toMatchObject({ phase: consolidation.name, from: '2025-07-01', period });
    givenEvents(planDecider, [])
      .when(issueWithPhases([consolidation, { ...modernisation, to: '2031-12-31' }]))
      .thenFails('plan.phase_outside_period');
  });

  it('refuses phases that overlap', () => {
    const error = givenEvents(planDecider, [])
      .when(issueWithPhases([consolidation, { ...modernisation, from: '2028-12-31' }]))
      .thenFails('plan.phases_overlap');
    expect(error.details).toMatchObject({
      phaseIndex: 1,
      phase: modernisation.name,
      previousPhase: consolidation.name,
    });
    givenEvents(planDecider, [])
      .when(issueWithPhases([consolidation, { ...consolidation, name: 'Giai đoạn trùng' }]))
      .thenFails('plan.phases_overlap');
  });

  it('refuses phases listed out of order', () => {
    const error = givenEvents(planDecider, [])
      .when(issueWithPhases([modernisation, consolidation]))
      .thenFails('plan.phases_out_of_order');
    expect(error.details).toMatchObject({ phaseIndex: 1, phase: consolidation.name });
  });

  it.each([
    ['plan.phase_name_required', { ...consolidation, name: '  ' }],
    ['plan.phase_focus_required', { ...consolidation, focus: '' }],
    ['plan.phase_dates_invalid', { ...consolidation, from: '2026-02-30' }],
    ['plan.phase_dates_invalid', { ...consolidation, from: '2028-12-31', to: '2026-01-01' }],
  ])('refuses a phase with %s', (rule, phase) => {
    const error = givenEvents(planDecider, [])
      .when(issueWithPhases([phase]))
      .thenFails(rule);
    expect(error.kind).toBe('unprocessable');
  });

  it('refuses phases that are not a list', () => {
    givenEvents(planDecider, [])
      .when(issueWithPhases('2026 – 2028' as unknown as PlanPhase[]))
      .thenFails('plan.phases_invalid');
  });

  it('folds a plan with its phases, and one recorded before phases existed with none', () => {
    const [issued] = planDecider.decide(
      issueWithPhases([consolidation, modernisation]),
      initialPlanState(),
      decisionContext(),
    );
    expect(evolvePlan(initialPlanState(), issued!)).toMatchObject({ phases: [consolidation, modernisation] });
    expect(evolvePlan(initialPlanState(), plan495Issued)).toMatchObject({ status: 'open', phases: [] });
  });
});
