import { decisionContext } from '@giaoviec/kernel/testing';
import { ConfirmIndicatorValue, ReportIndicatorValue, ReturnIndicatorValue } from '../indicator-commands';
import { IndicatorValueConfirmed, IndicatorValueReported, IndicatorValueReturned } from '../indicator-events';

/** A first-quarter value of the digital economy's share (`digitalEconomyShareDefined`, responsible: so-khcn). */
export const reportValue = (data: Partial<ReportIndicatorValue['data']> = {}): ReportIndicatorValue => ({
  type: 'ReportIndicatorValue',
  data: {
    indicatorId: 'kts-grdp',
    reportId: 'bc-2026-q1',
    period: '2026-Q1',
    value: 12.4,
    source: 'Báo cáo KPI quý I/2026 của Sở Khoa học và Công nghệ',
    reportedByAgencyId: 'so-khcn',
    asOf: '2026-03-31',
    ...data,
  },
});

export const valueReported = (
  data: Partial<IndicatorValueReported['data']> = {},
): IndicatorValueReported => ({
  type: 'IndicatorValueReported',
  data: { ...reportValue(data).data },
});

export const confirmValue = (data: Partial<ConfirmIndicatorValue['data']> = {}): ConfirmIndicatorValue => ({
  type: 'ConfirmIndicatorValue',
  data: { indicatorId: 'kts-grdp', reportId: 'bc-2026-q1', ...data },
});

export const valueConfirmed = (
  data: Partial<IndicatorValueConfirmed['data']> = {},
): IndicatorValueConfirmed => ({
  type: 'IndicatorValueConfirmed',
  data: { indicatorId: 'kts-grdp', reportId: 'bc-2026-q1', period: '2026-Q1', value: 12.4, ...data },
});

export const returnValue = (data: Partial<ReturnIndicatorValue['data']> = {}): ReturnIndicatorValue => ({
  type: 'ReturnIndicatorValue',
  data: {
    indicatorId: 'kts-grdp',
    reportId: 'bc-2026-q1',
    reason: 'Chưa khớp số liệu của Cục Thống kê',
    ...data,
  },
});

export const valueReturned = (
  data: Partial<IndicatorValueReturned['data']> = {},
): IndicatorValueReturned => ({
  type: 'IndicatorValueReturned',
  data: {
    indicatorId: 'kts-grdp',
    reportId: 'bc-2026-q1',
    period: '2026-Q1',
    responsibleAgencyId: 'so-khcn',
    reason: 'Chưa khớp số liệu của Cục Thống kê',
    ...data,
  },
});

/** 1 June 2026 in Huế. */
export const onJune1 = decisionContext({ at: '2026-06-01T02:00:00.000Z' });
