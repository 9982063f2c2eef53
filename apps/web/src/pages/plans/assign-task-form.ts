import type { Dayjs } from 'dayjs';
import type { components } from '../../api/openapi';
import type { FieldPlacement } from '../../api/field-errors';
import { formatDate, toLocalDate } from '../../labels/dates';
import { deadlineRuleLabel, periodName } from '../../labels/recurrence-labels';
import { firstReportDue } from '../../labels/recurrence-schedule';
import { optionalText } from '../pending/task-commands';

type Schemas = components['schemas'];
type Recurrence = Schemas['RecurrenceDto'];

export type AssignKind = 'once' | 'periodic';
/** How a one-off task's deadline is given: a date, or "trong N ngày làm việc" from today. */
export type DeadlineBy = 'date' | 'workingDays';

export interface AssignValues {
  kind: AssignKind;
  code?: string;
  title: string;
  description?: string;
  /** Once only: the deadline, as a date (moved off a day off when asked) or in working days. */
  deadlineBy?: DeadlineBy;
  dueDate?: Dayjs;
  backdated?: boolean;
  rollsToNextWorkingDay?: boolean;
  dueInWorkingDays?: number;
  /** Periodic only: the rhythm and the day each period's report is due. */
  frequency?: Recurrence['frequency'];
  dueDayOfMonth?: number;
  dueMonthsAfterPeriodEnd?: number;
  until?: Dayjs;
  allCommunes?: boolean;
  leadAgencyId?: string;
  coordinatingAgencyIds?: string[];
  /** Căn cứ: the document, section and words the task comes from (section and words together). */
  sourceDocumentNumber?: string;
  sourceSection?: string;
  sourceQuotedText?: string;
}

/** The months after a period its report may be due in, as the dialog offers them. */
export const DUE_MONTH_OPTIONS = [
  { value: 0, label: 'Tháng cuối của kỳ' },
  { value: 1, label: 'Tháng đầu sau kỳ' },
  { value: 2, label: 'Tháng thứ 2 sau kỳ' },
  { value: 3, label: 'Tháng thứ 3 sau kỳ' },
];

export function recurrenceOf(values: Partial<AssignValues>): Recurrence | undefined {
  if (values.kind !== 'periodic' || !values.frequency) return undefined;
  return {
    frequency: values.frequency,
    ...(values.dueDayOfMonth ? { dueDayOfMonth: values.dueDayOfMonth } : {}),
    ...(values.dueMonthsAfterPeriodEnd ? { dueMonthsAfterPeriodEnd: values.dueMonthsAfterPeriodEnd } : {}),
    ...(values.until ? { until: toLocalDate(values.until) } : {}),
  };
}

/**
 * The request: a one-off task carries its deadline; a recurring report carries its rhythm
 * and no due date, so the API opens the period whose deadline comes next (the one the help
 * text announced).
 */
export function assignTaskBody(values: AssignValues): Schemas['AssignTaskRequest'] {
  const recurrence = recurrenceOf(values);
  return {
    code: optionalText(values.code),
    title: values.title.trim(),
    description: optionalText(values.description),
    ...(recurrence ? { recurrence } : onceDeadline(values)),
    ...(values.allCommunes ? { allCommunes: true } : { leadAgencyId: values.leadAgencyId }),
    coordinatingAgencyIds: values.coordinatingAgencyIds?.length ? values.coordinatingAgencyIds : undefined,
    ...sourceOf(values),
  };
}

function onceDeadline(values: AssignValues): Partial<Schemas['AssignTaskRequest']> {
  if (values.deadlineBy === 'workingDays') return { dueInWorkingDays: values.dueInWorkingDays };
  return {
    dueDate: values.dueDate ? toLocalDate(values.dueDate) : undefined,
    ...(values.backdated ? { backdated: true } : {}),
    ...(values.rollsToNextWorkingDay ? { dueDateRollsToNextWorkingDay: true } : {}),
  };
}

function sourceOf(values: AssignValues): Pick<Schemas['AssignTaskRequest'], 'source'> {
  const section = optionalText(values.sourceSection);
  const quotedText = optionalText(values.sourceQuotedText);
  if (!section || !quotedText) return {};
  return {
    source: { documentNumber: optionalText(values.sourceDocumentNumber) ?? null, section, quotedText },
  };
}

/**
 * What the dialog says under the deadline of a recurring report: the first period and its
 * deadline, or why there is none the plan allows.
 */
export function firstReportHelp(
  recurrence: Recurrence,
  today: string,
  planEndsOn: string,
): { text: string; refused: boolean } {
  const first = firstReportDue(recurrence, today);
  if (!first) {
    return {
      text: 'Không còn kỳ báo cáo nào trước ngày kết thúc đã chọn; hãy chọn ngày kết thúc muộn hơn.',
      refused: true,
    };
  }
  if (first.dueDate > planEndsOn) {
    return {
      text: `Hạn nộp kỳ đầu (${formatDate(first.dueDate)}) nằm sau ngày kết thúc kế hoạch (${formatDate(planEndsOn)}); hãy chọn hạn nộp sớm hơn.`,
      refused: true,
    };
  }
  return {
    text: `Kỳ đầu tiên: báo cáo ${periodName(recurrence.frequency, first.year, first.index)}, hạn nộp ${formatDate(first.dueDate)}. Các kỳ sau: hạn nộp ${deadlineRuleLabel(recurrence)}.`,
    refused: false,
  };
}

/** Which field of the dialog each refusal of the API is about; a recurring report has no due-date field. */
export function assignFieldPlacement(values: AssignValues): FieldPlacement {
  const periodic = values.kind === 'periodic';
  const deadlineField = periodic
    ? 'dueDayOfMonth'
    : values.deadlineBy === 'workingDays'
      ? 'dueInWorkingDays'
      : 'dueDate';
  const until = values.until ? toLocalDate(values.until) : undefined;
  return {
    fields: {
      code: 'code',
      title: 'title',
      description: 'description',
      dueDate: deadlineField,
      backdated: 'backdated',
      dueInWorkingDays: 'dueInWorkingDays',
      dueDateRollsToNextWorkingDay: 'rollsToNextWorkingDay',
      source: 'sourceSection',
      'source.documentNumber': 'sourceDocumentNumber',
      'source.section': 'sourceSection',
      'source.quotedText': 'sourceQuotedText',
      allCommunes: 'allCommunes',
      leadAgencyId: 'leadAgencyId',
      coordinatingAgencyIds: 'coordinatingAgencyIds',
      recurrence: 'frequency',
      'recurrence.frequency': 'frequency',
      'recurrence.until': 'until',
      'recurrence.dueDayOfMonth': 'dueDayOfMonth',
      'recurrence.dueMonthsAfterPeriodEnd': 'dueMonthsAfterPeriodEnd',
    },
    rules: {
      'task.title_required': () => 'title',
      'task.lead_agency_required': () => 'leadAgencyId',
      'task.lead_agency_also_coordinating': () => 'coordinatingAgencyIds',
      'task.due_date_in_past': () => deadlineField,
      'task.invalid_working_day_deadline': () => 'dueInWorkingDays',
      'calendar.not_announced': () => deadlineField,
      // A recurrence running past the plan is named by its end; otherwise its first deadline is.
      'task.due_date_after_plan_period': (problem) =>
        periodic && until !== undefined && problem.dueDate === until ? 'until' : deadlineField,
      'task.invalid_recurrence': (problem) =>
        ['frequency', 'until', 'dueDayOfMonth', 'dueMonthsAfterPeriodEnd'].find(
          (field) => field in problem,
        ) ?? 'frequency',
    },
  };
}
