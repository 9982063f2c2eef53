import { givenEvents } from '@giaoviec/kernel/testing';
import { DefineIndicator, ReviseIndicatorTarget } from './indicator-commands';
import { indicatorDecider } from './indicator-decider';
import { IndicatorTargetRevised } from './indicator-events';
import {
  onJune1,
  reportValue as report,
  valueReported as reported,
} from './testing/indicator-report-fixtures';
import { digitalEconomyShareDefined } from './testing/planning-fixtures';

const define = (data: Partial<DefineIndicator['data']> = {}): DefineIndicator => ({
  type: 'DefineIndicator',
  data: { ...digitalEconomyShareDefined.data, ...data },
});
const revise = (data: Partial<ReviseIndicatorTarget['data']> = {}): ReviseIndicatorTarget => ({
  type: 'ReviseIndicatorTarget',
  data: {
    indicatorId: 'kts-grdp',
    year: 2026,
    newValue: 18,
    amendmentId: 'sua-doi-1',
    amendingDocumentNumber: '999/KH-UBND',
    ...data,
  },
});
const revised = (data: Partial<IndicatorTargetRevised['data']> = {}): IndicatorTargetRevised => ({
  type: 'IndicatorTargetRevised',
  data: {
    indicatorId: 'kts-grdp',
    planId: 'kh-284-2026',
    year: 2026,
    previousValue: 15,
    newValue: 18,
    amendmentId: 'sua-doi-1',
    amendingDocumentNumber: '999/KH-UBND',
    ...data,
  },
});
describe('indicator decider', () => {
  describe('DefineIndicator', () => {
    it('defines an indicator with its yearly targets', () => {
      givenEvents(indicatorDecider, []).when(define()).then([digitalEconomyShareDefined]);
    });

    it('sorts the targets by year', () => {
      const targets = [
        { year: 2030, value: 30 },
        { year: 2026, value: 15 },
      ];
      givenEvents(indicatorDecider, [])
        .when(define({ targets }))
        .then([
          {
            type: 'IndicatorDefined',
            data: { ...digitalEconomyShareDefined.data, targets: [targets[1], targets[0]] },
          },
        ]);
    });

    it('defines an indicator only once', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(define())
        .thenFails('indicator.already_defined');
    });

    it('defines an indicator whose targets the source does not state, with no targets', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [] }))
        .then([{ type: 'IndicatorDefined', data: { ...digitalEconomyShareDefined.data, targets: [] } }]);
    });

    it('needs a list of targets, even an empty one', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: undefined as unknown as [] }))
        .thenFails('indicator.targets_required');
    });

    it('refuses two targets for the same year', () => {
      const error = givenEvents(indicatorDecider, [])
        .when(
          define({
            targets: [
              { year: 2026, value: 15 },
              { year: 2026, value: 18 },
            ],
          }),
        )
        .thenFails('indicator.target_year_duplicate');
      expect(error.kind).toBe('unprocessable');
      expect(error.message).toContain('2026');
    });

    it('refuses a percentage above 100', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [{ year: 2026, value: 115 }] }))
        .thenFails('indicator.percent_out_of_range');
    });

    it('refuses a negative percentage', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [{ year: 2026, value: -1 }] }))
        .thenFails('indicator.percent_out_of_range');
    });

    it('accepts values above 100 in other units', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ unit: 'doanh nghiệp', targets: [{ year: 2026, value: 250 }] }))
        .thenMatch([{ type: 'IndicatorDefined', data: expect.objectContaining({ unit: 'doanh nghiệp' }) }]);
    });

    it('refuses a target that is not a number', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [{ year: 2026, value: Number.NaN }] }))
        .thenFails('indicator.value_invalid');
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [{ year: 2026, value: '15' as unknown as number }] }))
        .thenFails('indicator.value_invalid');
    });

    it('refuses a target year that is not a whole year', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ targets: [{ year: 2026.5, value: 15 }] }))
        .thenFails('indicator.target_year_invalid');
    });

    it('refuses an unknown direction', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ direction: 'more' as never }))
        .thenFails('indicator.direction_invalid');
    });

    it('needs a name, a unit, a plan and a responsible agency', () => {
      givenEvents(indicatorDecider, [])
        .when(define({ name: '' }))
        .thenFails('indicator.name_required');
      givenEvents(indicatorDecider, [])
        .when(define({ unit: ' ' }))
        .thenFails('indicator.unit_required');
      givenEvents(indicatorDecider, [])
        .when(define({ planId: '' }))
        .thenFails('indicator.plan_required');
      givenEvents(indicatorDecider, [])
        .when(define({ responsibleAgencyId: '' }))
        .thenFails('indicator.responsible_agency_required');
    });
  });

  describe('ReviseIndicatorTarget', () => {
    it('records the previous target from the indicator and the new one', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined]).when(revise()).then([revised()]);
    });

    it('records a target added for a year that had none with a previous value of null', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ year: 2030, newValue: 30 }))
        .then([revised({ year: 2030, previousValue: null, newValue: 30 })]);
    });

    it('records a target of an indicator defined without targets with a previous value of null', () => {
      const withoutTargets = {
        ...digitalEconomyShareDefined,
        data: { ...digitalEconomyShareDefined.data, targets: [] },
      };
      givenEvents(indicatorDecider, [withoutTargets])
        .when(revise())
        .then([revised({ previousValue: null })]);
    });

    it('records a revision by an amending document without a known number', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ amendingDocumentNumber: null }))
        .then([revised({ amendingDocumentNumber: null })]);
    });

    it('takes the previous value from the latest revision', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, revised()])
        .when(revise({ newValue: 20, amendmentId: 'sua-doi-2', amendingDocumentNumber: '1000/KH-UBND' }))
        .then([
          revised({
            previousValue: 18,
            newValue: 20,
            amendmentId: 'sua-doi-2',
            amendingDocumentNumber: '1000/KH-UBND',
          }),
        ]);
    });

    it('refuses a revision that does not change the target', () => {
      const error = givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ newValue: 15 }))
        .thenFails('indicator.target_unchanged');
      expect(error.kind).toBe('state_conflict');
      expect(error.message).toContain('15%');
    });

    it('is idempotent: the same amendment revising the same year again records nothing', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, revised()]).when(revise()).then([]);
    });

    it('refuses the same amendment setting the same year to another value', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, revised()])
        .when(revise({ newValue: 19 }))
        .thenFails('indicator.amendment_year_already_revised');
    });

    it('needs the amendment id, and the amending document number unless it is unknown (null)', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ amendmentId: '' }))
        .thenFails('indicator.amendment_required');
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ amendingDocumentNumber: ' ' }))
        .thenFails('indicator.amending_document_required');
    });

    it('keeps a revised percentage between 0 and 100', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(revise({ newValue: 101 }))
        .thenFails('indicator.percent_out_of_range');
    });

    it('cannot revise an indicator that was not defined', () => {
      const error = givenEvents(indicatorDecider, []).when(revise()).thenFails('indicator.not_found');
      expect(error.kind).toBe('not_found');
    });
  });

  describe('ReportIndicatorValue', () => {
    it('records a reported value with its period and source', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined]).when(report(), onJune1).then([reported()]);
    });

    it.each(['2026', '2026-H1', '2026-Q1', '2026-03'])('accepts the period %s', (period) => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ period, asOf: '2026-03-31' }), onJune1)
        .then([reported({ period, asOf: '2026-03-31' })]);
    });

    it.each(['2026-Q5', '2026-13', '2026/06', 'Q2-2026', '2026-6'])('refuses the period %s', (period) => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ period }), onJune1)
        .thenFails('indicator.period_invalid');
    });

    it('keeps a reported percentage between 0 and 100', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ value: 100.5 }), onJune1)
        .thenFails('indicator.percent_out_of_range');
    });

    it('refuses a value as of a date before the period starts', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ period: '2026-Q2', asOf: '2026-03-31' }), onJune1)
        .thenFails('indicator.as_of_before_period');
    });

    it('refuses a value as of a date after today in Huế', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ period: '2026-Q2', asOf: '2026-06-02' }), onJune1)
        .thenFails('indicator.as_of_in_future');
    });

    it('refuses an invalid as-of date', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined])
        .when(report({ asOf: '2026-02-30' }), onJune1)
        .thenFails('indicator.as_of_invalid');
    });

    it('needs a source, a reporting agency and a report id', () => {
      const given = givenEvents(indicatorDecider, [digitalEconomyShareDefined]);
      given.when(report({ source: '' }), onJune1).thenFails('indicator.source_required');
      given
        .when(report({ reportedByAgencyId: '' }), onJune1)
        .thenFails('indicator.reporting_agency_required');
      given.when(report({ reportId: '' }), onJune1).thenFails('indicator.report_id_required');
    });

    it('is idempotent: the same report sent again records nothing', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, reported()])
        .when(report(), onJune1)
        .then([]);
    });

    it('refuses another value under a report id already recorded', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, reported()])
        .when(report({ value: 13 }), onJune1)
        .thenFails('indicator.report_id_reused');
    });

    it('records a correction as a new report for the same period', () => {
      givenEvents(indicatorDecider, [digitalEconomyShareDefined, reported()])
        .when(report({ reportId: 'bc-2026-q1-dieu-chinh', value: 13 }), onJune1)
        .then([reported({ reportId: 'bc-2026-q1-dieu-chinh', value: 13, supersedesReportId: 'bc-2026-q1' })]);
    });

    it('cannot report a value of an indicator that was not defined', () => {
      givenEvents(indicatorDecider, []).when(report(), onJune1).thenFails('indicator.not_found');
    });
  });
});
