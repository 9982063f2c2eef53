import { givenEvents } from '@giaoviec/kernel/testing';
import { indicatorDecider } from './indicator-decider';
import { evolveIndicator, initialIndicatorState, type DefinedIndicator } from './indicator-state';
import type { IndicatorEvent } from './indicator-events';
import {
  confirmValue,
  onJune1,
  reportValue,
  returnValue,
  valueConfirmed,
  valueReported,
  valueReturned,
} from './testing/indicator-report-fixtures';
import { digitalEconomyShareDefined } from './testing/planning-fixtures';

const given = (...events: IndicatorEvent[]) =>
  givenEvents(indicatorDecider, [digitalEconomyShareDefined, ...events]);
const correction = { reportId: 'bc-2026-q1-lan-2', value: 13.1 };

describe('KPI values: reported by the responsible agency, confirmed or returned by the standing office', () => {
  describe('reporting', () => {
    it('records the evidence cited with the value', () => {
      given()
        .when(reportValue({ evidenceNote: 'Báo cáo số 12/BC-SKHCN ngày 05/4/2026' }), onJune1)
        .then([valueReported({ evidenceNote: 'Báo cáo số 12/BC-SKHCN ngày 05/4/2026' })]);
    });

    it('lets another agency report on behalf of the responsible one only with a reason', () => {
      const onBehalf = { reportedByAgencyId: 'van-phong-ubnd' };
      given().when(reportValue(onBehalf), onJune1).thenFails('indicator.on_behalf_reason_required');
      given()
        .when(reportValue({ ...onBehalf, onBehalfReason: '   ' }), onJune1)
        .thenFails('indicator.on_behalf_reason_required');
      given()
        .when(reportValue({ ...onBehalf, onBehalfReason: 'Sở chưa có cán bộ phụ trách' }), onJune1)
        .then([valueReported({ ...onBehalf, onBehalfReason: 'Sở chưa có cán bộ phụ trách' })]);
    });

    it('keeps no on-behalf reason when the responsible agency reports itself', () => {
      given()
        .when(reportValue({ onBehalfReason: 'không cần' }), onJune1)
        .then([valueReported()]);
    });

    it('replaces a pending report of the same period with a new one', () => {
      given(valueReported())
        .when(reportValue(correction), onJune1)
        .then([valueReported({ ...correction, supersedesReportId: 'bc-2026-q1' })]);
    });

    it('lets a returned value be reported again', () => {
      given(valueReported(), valueReturned())
        .when(reportValue(correction), onJune1)
        .then([valueReported({ ...correction, supersedesReportId: 'bc-2026-q1' })]);
    });

    it('does not report a period again once its value is confirmed', () => {
      given(valueReported(), valueConfirmed())
        .when(reportValue(correction), onJune1)
        .thenFails('indicator.period_already_confirmed');
    });

    it('reports another period of a confirmed one freely', () => {
      const q2 = { reportId: 'bc-2026-q2', period: '2026-Q2', asOf: '2026-06-01', value: 14 };
      given(valueReported(), valueConfirmed())
        .when(reportValue(q2), onJune1)
        .then([valueReported(q2)]);
    });
  });

  describe('confirming', () => {
    it('confirms a pending value, naming its period and value', () => {
      given(valueReported()).when(confirmValue()).then([valueConfirmed()]);
    });

    it('keeps a note of the confirmation', () => {
      given(valueReported())
        .when(confirmValue({ note: 'Khớp niên giám thống kê' }))
        .then([valueConfirmed({ note: 'Khớp niên giám thống kê' })]);
    });

    it('does not confirm twice', () => {
      given(valueReported(), valueConfirmed())
        .when(confirmValue())
        .thenFails('indicator.report_already_confirmed');
    });

    it('does not confirm a returned value', () => {
      given(valueReported(), valueReturned())
        .when(confirmValue())
        .thenFails('indicator.report_already_returned');
    });

    it('does not confirm a report that a later one replaced', () => {
      const error = given(valueReported(), valueReported({ ...correction, supersedesReportId: 'bc-2026-q1' }))
        .when(confirmValue())
        .thenFails('indicator.report_superseded');
      expect(error.message).toContain('bc-2026-q1-lan-2');
    });

    it('does not confirm a report that does not exist', () => {
      const error = given()
        .when(confirmValue({ reportId: 'khong-co' }))
        .thenFails('indicator.report_not_found');
      expect(error.kind).toBe('not_found');
    });
  });

  describe('returning', () => {
    it('returns a pending value with the reason, to the responsible agency', () => {
      given(valueReported()).when(returnValue()).then([valueReturned()]);
    });

    it('needs a reason', () => {
      given(valueReported())
        .when(returnValue({ reason: ' ' }))
        .thenFails('indicator.return_reason_required');
    });

    it('does not return a confirmed value, nor one returned already', () => {
      given(valueReported(), valueConfirmed())
        .when(returnValue())
        .thenFails('indicator.report_already_confirmed');
      given(valueReported(), valueReturned())
        .when(returnValue())
        .thenFails('indicator.report_already_returned');
    });

    it('does not return a report that a later one replaced', () => {
      given(valueReported(), valueReported(correction))
        .when(returnValue())
        .thenFails('indicator.report_superseded');
    });
  });

  it('folds reports logged before review existed as pending, the later one of a period standing', () => {
    const state = [
      digitalEconomyShareDefined,
      valueReported(),
      // No supersedesReportId: as IndicatorValueReported was recorded before.
      valueReported(correction),
    ].reduce(evolveIndicator, initialIndicatorState()) as DefinedIndicator;
    expect(state.reportStatuses).toEqual({ 'bc-2026-q1': 'superseded', 'bc-2026-q1-lan-2': 'pending' });
    expect(state.currentReportOfPeriod).toEqual({ '2026-Q1': 'bc-2026-q1-lan-2' });
  });
});
