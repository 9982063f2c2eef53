import { givenEvents } from '@giaoviec/kernel/testing';
import { DefineIndicator } from './indicator-commands';
import { indicatorDefinitionDecider } from './indicator-definition';
import { PlanClosed } from './plan-events';
import {
  digitalEconomyShareDefined,
  enterprisesUsingItDefined,
  plan284Issued,
  plan495Issued,
  planCds20262030Issued,
} from './testing/planning-fixtures';

const define = (data: Partial<DefineIndicator['data']> = {}): DefineIndicator => ({
  type: 'DefineIndicator',
  data: { ...enterprisesUsingItDefined.data, ...data },
});

describe('defining an indicator under its plan', () => {
  it('defines an indicator of an open plan', () => {
    givenEvents(indicatorDefinitionDecider, [plan495Issued]).when(define()).then([enterprisesUsingItDefined]);
  });

  it('records the amendment that introduced it', () => {
    givenEvents(indicatorDefinitionDecider, [plan284Issued])
      .when({
        type: 'DefineIndicator',
        data: { ...digitalEconomyShareDefined.data, introducedByAmendmentId: 'sua-doi-284-qd-1033' },
      })
      .then([
        {
          type: 'IndicatorDefined',
          data: { ...digitalEconomyShareDefined.data, introducedByAmendmentId: 'sua-doi-284-qd-1033' },
        },
      ]);
  });

  it('defines an indicator whose targets the source does not state, under a plan without number or date', () => {
    givenEvents(indicatorDefinitionDecider, [planCds20262030Issued])
      .when(define({ planId: 'kh-cds-2026-2030', targets: [] }))
      .then([
        {
          type: 'IndicatorDefined',
          data: { ...enterprisesUsingItDefined.data, planId: 'kh-cds-2026-2030', targets: [] },
        },
      ]);
  });

  it('needs the plan to be issued', () => {
    givenEvents(indicatorDefinitionDecider, []).when(define()).thenFails('plan.not_found');
  });

  it('cannot add an indicator to a closed plan', () => {
    const closed: PlanClosed = {
      type: 'PlanClosed',
      data: { planId: 'kh-495-2025', reason: 'Done.', closedOn: '2027-01-15' },
    };
    givenEvents(indicatorDefinitionDecider, [plan495Issued, closed]).when(define()).thenFails('plan.closed');
  });

  it("refuses a target outside the plan's period", () => {
    const error = givenEvents(indicatorDefinitionDecider, [plan495Issued])
      .when(
        define({
          targets: [
            { year: 2026, value: 90 },
            { year: 2027, value: 95 },
          ],
        }),
      )
      .thenFails('indicator.target_outside_plan_period');
    expect(error.message).toContain('2027');
  });

  it("applies the indicator's own rules", () => {
    givenEvents(indicatorDefinitionDecider, [plan495Issued, enterprisesUsingItDefined])
      .when(define())
      .thenFails('indicator.already_defined');
  });
});
