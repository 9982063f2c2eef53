import type { DecisionContext } from '@giaoviec/kernel';
import type { OpenRecurringPeriod, SubmitPeriodicReport } from './task.commands';
import type { TaskEvent } from './task.events';
import {
  definedOnly,
  requireAcknowledged,
  requireAssigned,
  requireLeadAgency,
  requireText,
  requireWorkable,
} from './task.guards';
import { taskViolation } from './task-rules';
import { reportEvidence } from './report-evidence';
import { firstPeriodDueOnOrAfter, nextDuePeriod } from './recurrence-schedule';
import type { Recurrence } from './recurrence';
import type { AssignedTaskState, TaskState } from './task.state';

/**
 * The lead agency reports on the period in hand of a recurring report. The report is judged
 * on time against the deadline in force (the period's own, or an extended one), and the next
 * period opens with its deadline; after the last period owed the recurrence ends instead. A
 * late period stays in hand, overdue, until it is reported: periods are reported in order.
 */
export function submitPeriodicReport(
  { data }: SubmitPeriodicReport,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireWorkable(task, 'receive a periodic report');
  requireLeadAgency(task, context, 'submit a periodic report on');
  requireAcknowledged(task, 'submit a periodic report');
  const recurrence = requireRecurrence(task);
  const period = task.periodInHand;
  const dueDate = task.dueDate;
  if (period === null || dueDate === null) {
    throw taskViolation(
      'recurrence.no_period_in_hand',
      task.recurrenceEnded
        ? `Every period of task ${task.taskId} has been reported; its recurrence has ended, so it can be completed.`
        : `Task ${task.taskId} has no period in hand, so no periodic report is owed on it.`,
      { taskId: task.taskId },
    );
  }
  if (data.periodKey !== period.key) {
    throw taskViolation(
      'recurrence.period_not_in_hand',
      `The period in hand of task ${task.taskId} is ${period.key} (${period.start} to ${period.end}, due ${dueDate}); a report on ${JSON.stringify(data.periodKey)} is not owed now.`,
      { taskId: task.taskId, periodKey: data.periodKey, periodInHand: period.key, dueDate },
    );
  }
  const reportId = requireText(
    data.reportId,
    'task.id_required',
    `A periodic report on task ${task.taskId} needs an id.`,
  );
  const summary = requireText(
    data.summary,
    'progress.summary_required',
    `A periodic report on task ${task.taskId} needs a summary of what it reports.`,
    { taskId: task.taskId },
  );
  const reportedOn = context.today;
  const submitted: TaskEvent = {
    type: 'PeriodicReportSubmitted',
    data: definedOnly({
      taskId: task.taskId,
      reportId,
      agencyId: context.actor.agencyId,
      period,
      dueDate,
      summary,
      reportedOn,
      onTime: reportedOn <= dueDate,
      evidence: reportEvidence(data.evidence, task.taskId),
    }),
  };
  const next = nextDuePeriod(recurrence, period);
  if (next === undefined) {
    // nextDuePeriod ends only a recurrence that has an `until`.
    const until = recurrence.until as string;
    return [
      submitted,
      { type: 'RecurrenceEnded', data: { taskId: task.taskId, lastPeriodKey: period.key, until } },
    ];
  }
  return [
    submitted,
    {
      type: 'RecurringPeriodOpened',
      data: { taskId: task.taskId, period: next.period, dueDate: next.dueDate },
    },
  ];
}

function requireRecurrence(task: AssignedTaskState): Recurrence {
  if (task.recurrence === null) {
    throw taskViolation(
      'recurrence.not_recurring',
      `Task ${task.taskId} is not a recurring report; report progress or complete it instead.`,
      { taskId: task.taskId },
    );
  }
  return task.recurrence;
}

/**
 * A recurring report recorded before periods existed has no period in hand and would never
 * come due: its first period due today or later opens now. Once periods have started this
 * is refused, so it cannot skip a period that is owed.
 */
export function openRecurringPeriod(
  { data }: OpenRecurringPeriod,
  state: TaskState,
  context: DecisionContext,
): TaskEvent[] {
  const task = requireAssigned(state, data.taskId);
  requireWorkable(task, 'open a period of its recurrence');
  const recurrence = requireRecurrence(task);
  if (task.periodInHand !== null || task.periodReports.length > 0 || task.recurrenceEnded) {
    throw taskViolation(
      'recurrence.already_started',
      `The periods of task ${task.taskId} have already started${task.periodInHand ? `: ${task.periodInHand.key} is in hand` : ''}; the next one opens when the period in hand is reported.`,
      { taskId: task.taskId, periodInHand: task.periodInHand?.key ?? null },
    );
  }
  const first = firstPeriodDueOnOrAfter(recurrence, context.today);
  if (first === undefined) {
    throw taskViolation(
      'recurrence.no_period_in_hand',
      `The recurrence of task ${task.taskId} ended on ${recurrence.until}; no period is owed from ${context.today} on, so it can be completed.`,
      { taskId: task.taskId, until: recurrence.until },
    );
  }
  return [
    {
      type: 'RecurringPeriodOpened',
      data: { taskId: task.taskId, period: first.period, dueDate: first.dueDate },
    },
  ];
}
