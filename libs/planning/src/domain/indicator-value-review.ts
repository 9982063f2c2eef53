import {
  conflict,
  DecisionContext,
  isBlank,
  isLocalDate,
  notFound,
  optionalText,
  unprocessable,
} from '@giaoviec/kernel';
import { ConfirmIndicatorValue, ReportIndicatorValue, ReturnIndicatorValue } from './indicator-commands';
import {
  IndicatorValueConfirmed,
  IndicatorValueReported,
  IndicatorValueReportedData,
  IndicatorValueReturned,
} from './indicator-events';
import {
  DefinedIndicator,
  describeIndicator,
  IndicatorState,
  ReportReviewStatus,
  requireDefinedIndicator,
} from './indicator-state';
import { requireIndicatorValue } from './indicator-values';
import { parseReportingPeriod } from './reporting-period';

/**
 * The life of a reported KPI value: the responsible agency (or the standing office on its
 * behalf, saying why) reports it for a period; the standing office confirms it, and only then
 * does it count, or returns it with a reason. A new report of the same period replaces the
 * pending or returned one; a confirmed period is settled.
 */

const sameReport = (a: IndicatorValueReportedData, b: IndicatorValueReportedData) =>
  a.period === b.period &&
  a.value === b.value &&
  a.source === b.source &&
  a.reportedByAgencyId === b.reportedByAgencyId &&
  a.asOf === b.asOf &&
  a.evidenceNote === b.evidenceNote &&
  a.onBehalfReason === b.onBehalfReason;

export function reportValue(
  { data }: ReportIndicatorValue,
  state: IndicatorState,
  context: DecisionContext,
): IndicatorValueReported[] {
  const indicator = requireDefinedIndicator(state, data.indicatorId);
  const details = { indicatorId: data.indicatorId, reportId: data.reportId };
  if (isBlank(data.reportId)) {
    throw unprocessable(
      'indicator.report_id_required',
      `A value of ${describeIndicator(indicator)} needs a report id.`,
      details,
    );
  }
  const period = parseReportingPeriod(data.period);
  if (!period) {
    throw unprocessable(
      'indicator.period_invalid',
      `"${String(data.period)}" is not a reporting period; use a year (2026), a half-year (2026-H1), a quarter (2026-Q2) or a month (2026-06).`,
      { ...details, period: data.period },
    );
  }
  const value = requireIndicatorValue(
    data.indicatorId,
    indicator.unit,
    data.value,
    `value reported for ${period.period}`,
  );
  if (isBlank(data.source)) {
    throw unprocessable(
      'indicator.source_required',
      `The value of ${describeIndicator(indicator)} for ${period.period} needs its source.`,
      details,
    );
  }
  if (isBlank(data.reportedByAgencyId)) {
    throw unprocessable(
      'indicator.reporting_agency_required',
      `The value of ${describeIndicator(indicator)} needs the agency reporting it.`,
      details,
    );
  }
  const onBehalf = data.reportedByAgencyId !== indicator.responsibleAgencyId;
  const onBehalfReason = onBehalf ? optionalText(data.onBehalfReason) : undefined;
  if (onBehalf && !onBehalfReason) {
    throw unprocessable(
      'indicator.on_behalf_reason_required',
      `Agency ${data.reportedByAgencyId} reports ${describeIndicator(indicator)} on behalf of ${indicator.responsibleAgencyId}, the agency responsible for it: say why.`,
      { ...details, responsibleAgencyId: indicator.responsibleAgencyId },
    );
  }
  if (!isLocalDate(data.asOf)) {
    throw unprocessable(
      'indicator.as_of_invalid',
      `The as-of date "${String(data.asOf)}" is not a valid YYYY-MM-DD date.`,
      {
        ...details,
        asOf: data.asOf,
      },
    );
  }
  if (data.asOf < period.start) {
    throw unprocessable(
      'indicator.as_of_before_period',
      `A value of ${describeIndicator(indicator)} for ${period.period} cannot be as of ${data.asOf}, before the period starts on ${period.start}.`,
      { ...details, asOf: data.asOf, periodStart: period.start },
    );
  }
  if (data.asOf > context.today) {
    throw unprocessable(
      'indicator.as_of_in_future',
      `A value of ${describeIndicator(indicator)} cannot be as of ${data.asOf}, after today (${context.today}).`,
      { ...details, asOf: data.asOf, today: context.today },
    );
  }
  const reportId = data.reportId.trim();
  const evidenceNote = optionalText(data.evidenceNote);
  const current = indicator.currentReportOfPeriod[period.period];
  const supersedes = current && current !== reportId ? current : undefined;
  const reported: IndicatorValueReportedData = {
    indicatorId: data.indicatorId,
    reportId,
    period: period.period,
    value,
    source: data.source.trim(),
    reportedByAgencyId: data.reportedByAgencyId,
    asOf: data.asOf,
    ...(evidenceNote ? { evidenceNote } : {}),
    ...(onBehalfReason ? { onBehalfReason } : {}),
    ...(supersedes ? { supersedesReportId: supersedes } : {}),
  };
  const earlier = indicator.reports[reportId];
  if (earlier) {
    // A retried report: the same content is already recorded (its supersedesReportId was decided then).
    if (sameReport(earlier, reported)) return [];
    throw conflict(
      'indicator.report_id_reused',
      `Report ${reportId} of ${describeIndicator(indicator)} was already recorded with other content ` +
        `(${earlier.period}: ${earlier.value}); corrections need a new report id.`,
      details,
    );
  }
  if (supersedes && indicator.reportStatuses[supersedes] === 'confirmed') {
    throw conflict(
      'indicator.period_already_confirmed',
      `The value of ${describeIndicator(indicator)} for ${period.period} was confirmed (report ${supersedes}); a confirmed period is not reported again.`,
      { ...details, period: period.period, confirmedReportId: supersedes },
    );
  }
  return [{ type: 'IndicatorValueReported', data: reported }];
}

/** The report to review, if it still waits for a decision; otherwise the rule it breaks. */
function requirePendingReport(
  indicator: DefinedIndicator,
  reportId: string,
  decision: 'confirm' | 'return',
): IndicatorValueReportedData {
  const report = indicator.reports[reportId];
  const details = { indicatorId: indicator.indicatorId, reportId };
  if (!report) {
    throw notFound(
      'indicator.report_not_found',
      `${describeIndicator(indicator)} has no report ${reportId}.`,
      details,
    );
  }
  const status: ReportReviewStatus = indicator.reportStatuses[reportId] ?? 'pending';
  const refusals: Record<Exclude<ReportReviewStatus, 'pending'>, [string, string]> = {
    confirmed: ['indicator.report_already_confirmed', 'was already confirmed'],
    returned: [
      'indicator.report_already_returned',
      'was already returned; the agency reports the period again',
    ],
    superseded: [
      'indicator.report_superseded',
      `was replaced by report ${indicator.currentReportOfPeriod[report.period]} of the same period`,
    ],
  };
  if (status !== 'pending') {
    const [code, why] = refusals[status];
    throw conflict(
      code,
      `Report ${reportId} of ${describeIndicator(indicator)} ${why}: it cannot be ${decision === 'confirm' ? 'confirmed' : 'returned'}.`,
      {
        ...details,
        status,
      },
    );
  }
  return report;
}

export function confirmValue(
  { data }: ConfirmIndicatorValue,
  state: IndicatorState,
): IndicatorValueConfirmed[] {
  const indicator = requireDefinedIndicator(state, data.indicatorId);
  const report = requirePendingReport(indicator, data.reportId, 'confirm');
  const note = optionalText(data.note);
  return [
    {
      type: 'IndicatorValueConfirmed',
      data: {
        indicatorId: indicator.indicatorId,
        reportId: report.reportId,
        period: report.period,
        value: report.value,
        ...(note ? { note } : {}),
      },
    },
  ];
}

export function returnValue({ data }: ReturnIndicatorValue, state: IndicatorState): IndicatorValueReturned[] {
  const indicator = requireDefinedIndicator(state, data.indicatorId);
  const report = requirePendingReport(indicator, data.reportId, 'return');
  const reason = optionalText(data.reason);
  if (!reason) {
    throw unprocessable(
      'indicator.return_reason_required',
      `Returning report ${data.reportId} of ${describeIndicator(indicator)} needs a reason the agency can act on.`,
      { indicatorId: indicator.indicatorId, reportId: data.reportId },
    );
  }
  return [
    {
      type: 'IndicatorValueReturned',
      data: {
        indicatorId: indicator.indicatorId,
        reportId: report.reportId,
        period: report.period,
        responsibleAgencyId: indicator.responsibleAgencyId,
        reason,
      },
    },
  ];
}
