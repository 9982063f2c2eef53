import { vietnamWorkingDays, type DecisionContext, type LocalDate } from '@giaoviec/kernel';
import type { AssignTask } from './task.commands';
import type { TaskEvent } from './task.events';
import { definedOnly, optionalText, requireLocalDate, requireText } from './task.guards';
import { taskViolation } from './task-rules';
import { requireDeadlineWithinBounds } from './deadline-rules';
import { isRecurrenceFrequency, MAX_DUE_MONTHS_AFTER_PERIOD_END, type Recurrence } from './recurrence';
import { MAX_WORKING_DAYS } from './task.commands';
import { firstPeriodDueOnOrAfter, type DuePeriod } from './recurrence-schedule';
import { isAssigned, type TaskState } from './task.state';
import { validSource } from './task-source';

/** AssignTask: the one decision on an empty stream. */

export function assign({ data }: AssignTask, state: TaskState, context: DecisionContext): TaskEvent[] {
  const taskId = requireText(data.taskId, 'task.id_required', 'A task needs an id.');
  if (isAssigned(state)) {
    throw taskViolation(
      'task.already_assigned',
      `Task ${taskId} was already assigned to agency ${state.leadAgencyId} in plan ${state.planId}; a task is assigned only once.`,
      { taskId, leadAgencyId: state.leadAgencyId, planId: state.planId },
    );
  }
  const planId = requireText(data.planId, 'task.plan_required', `Task ${taskId} must belong to a plan.`, {
    taskId,
  });
  const title = requireText(data.title, 'task.title_required', `Task ${taskId} needs a title.`, { taskId });
  const leadAgencyId = requireText(
    data.leadAgencyId,
    'task.lead_agency_required',
    `Task ${taskId} needs a lead agency.`,
    { taskId },
  );
  const coordinatingAgencyIds = [
    ...new Set(
      (data.coordinatingAgencyIds ?? []).map((id) =>
        requireText(id, 'task.agency_required', `A coordinating agency of task ${taskId} has a blank id.`, {
          taskId,
        }),
      ),
    ),
  ];
  if (coordinatingAgencyIds.includes(leadAgencyId)) {
    throw taskViolation(
      'task.lead_agency_also_coordinating',
      `Agency ${leadAgencyId} cannot be both the lead agency and a coordinating agency of task ${taskId}.`,
      { taskId, leadAgencyId },
    );
  }
  const planEndsOn = requireLocalDate(data.planEndsOn, "The end of the plan's period", taskId);
  const backdated = data.backdated === true;
  const recurrence = validRecurrence(data.recurrence ?? null, taskId);
  const given = givenDeadline(data, recurrence, context.today, taskId);
  const requestedDueDate = given.dueDate;
  const firstPeriod =
    recurrence === null ? null : firstPeriodOf(recurrence, requestedDueDate, context.today, taskId);
  const dueDate = firstPeriod?.dueDate ?? requestedDueDate;
  if (dueDate !== null) {
    requireDeadlineWithinBounds(dueDate, 'The due date', {
      taskId,
      today: context.today,
      planEndsOn,
      backdated,
    });
  }
  if (recurrence?.until !== undefined && recurrence.until > planEndsOn) {
    throw taskViolation(
      'task.due_date_after_plan_period',
      `The recurrence of task ${taskId} runs until ${recurrence.until}, after its plan's period ends on ${planEndsOn}.`,
      { taskId, dueDate: recurrence.until, planEndsOn },
    );
  }
  return [
    {
      type: 'TaskAssigned',
      data: definedOnly({
        taskId,
        planId,
        code: optionalText(data.code) ?? null,
        title,
        description: optionalText(data.description),
        leadAgencyId,
        coordinatingAgencyIds,
        dueDate,
        recurrence,
        dueDateIsPeriodEnd: data.dueDateIsPeriodEnd ?? false,
        groupId: optionalText(data.groupId) ?? null,
        assignedByAgencyId: optionalText(data.assignedByAgencyId) ?? context.actor.agencyId,
        assignedOn: context.today,
        planEndsOn,
        // Only a deadline that really had passed is marked, so the mark means something in the audit.
        backdated: backdated && dueDate !== null && dueDate < context.today ? true : undefined,
        source: data.source === undefined ? undefined : validSource(data.source, taskId),
        dueDateGiven: given.inWorkingDays,
        dueDateRolledFrom: given.rolledFrom,
      }),
    },
    ...(firstPeriod === null
      ? []
      : [
          {
            type: 'RecurringPeriodOpened' as const,
            data: { taskId, period: firstPeriod.period, dueDate: firstPeriod.dueDate },
          },
        ]),
  ];
}

interface GivenDeadline {
  readonly dueDate: LocalDate | null;
  readonly inWorkingDays?: { readonly workingDays: number; readonly from: LocalDate };
  readonly rolledFrom?: LocalDate;
}

/** The due date as the document gives it: a date, or a number of working days from today; moved off a day off when asked. */
function givenDeadline(
  data: AssignTask['data'],
  recurrence: Recurrence | null,
  today: LocalDate,
  taskId: string,
): GivenDeadline {
  const calendar = vietnamWorkingDays;
  const workingDays = data.dueInWorkingDays;
  if (workingDays !== undefined) {
    if (data.dueDate !== null || recurrence !== null) {
      throw taskViolation(
        'task.invalid_working_day_deadline',
        `Task ${taskId} is given its deadline in working days: send no dueDate and no recurrence with dueInWorkingDays.`,
        { taskId },
      );
    }
    if (!isIntegerIn(workingDays, 1, MAX_WORKING_DAYS)) {
      throw taskViolation(
        'task.invalid_working_day_deadline',
        `The working days of task ${taskId}'s deadline must be a whole number from 1 to ${MAX_WORKING_DAYS}; got ${JSON.stringify(workingDays)}.`,
        { taskId, dueInWorkingDays: workingDays },
      );
    }
    // The day of assignment is not counted: "trong 15 ngày làm việc" from a Monday ends three weeks later.
    return {
      dueDate: calendar.addWorkingDays(today, workingDays),
      inWorkingDays: { workingDays, from: today },
    };
  }
  if (data.dueDate === null) return { dueDate: null };
  const date = requireLocalDate(data.dueDate, 'The due date', taskId);
  if (data.dueDateRollsToNextWorkingDay !== true) return { dueDate: date };
  if (recurrence !== null) {
    throw taskViolation(
      'task.invalid_working_day_deadline',
      `The deadlines of recurring task ${taskId} follow its recurrence; send dueDateRollsToNextWorkingDay only with a single due date.`,
      { taskId },
    );
  }
  const rolled = calendar.workingDayOnOrAfter(date);
  // Whether the date is a day off at all may not be announced yet: refuse rather than guess.
  calendar.requireAnnounced(date, rolled);
  return rolled === date ? { dueDate: date } : { dueDate: rolled, rolledFrom: date };
}

function validRecurrence(recurrence: Recurrence | null, taskId: string): Recurrence | null {
  if (recurrence === null) return null;
  if (!isRecurrenceFrequency(recurrence.frequency)) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The recurrence of task ${taskId} must be monthly, quarterly, semiannual or yearly; got ${JSON.stringify(recurrence.frequency)}.`,
      { taskId, frequency: recurrence.frequency },
    );
  }
  const { dueDayOfMonth, dueMonthsAfterPeriodEnd } = recurrence;
  if (dueDayOfMonth !== undefined && !isIntegerIn(dueDayOfMonth, 1, 31)) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The day of the month each report of task ${taskId} is due must be a whole number from 1 to 31; got ${JSON.stringify(dueDayOfMonth)}.`,
      { taskId, dueDayOfMonth },
    );
  }
  if (
    dueMonthsAfterPeriodEnd !== undefined &&
    !isIntegerIn(dueMonthsAfterPeriodEnd, 0, MAX_DUE_MONTHS_AFTER_PERIOD_END)
  ) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The months after its period each report of task ${taskId} is due must be a whole number from 0 to ${MAX_DUE_MONTHS_AFTER_PERIOD_END}; got ${JSON.stringify(dueMonthsAfterPeriodEnd)}.`,
      { taskId, dueMonthsAfterPeriodEnd },
    );
  }
  const until =
    recurrence.until === undefined
      ? undefined
      : requireLocalDate(recurrence.until, 'The end of the recurrence', taskId);
  return definedOnly({ frequency: recurrence.frequency, until, dueDayOfMonth, dueMonthsAfterPeriodEnd });
}

/**
 * The first period owed: the one whose deadline is the due date given, or else the first
 * whose deadline is today or later (a recurring report never starts overdue).
 */
function firstPeriodOf(
  recurrence: Recurrence,
  requestedDueDate: LocalDate | null,
  today: LocalDate,
  taskId: string,
): DuePeriod {
  const first = firstPeriodDueOnOrAfter(recurrence, requestedDueDate ?? today);
  if (first === undefined) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The recurrence of task ${taskId} ends on ${recurrence.until}, before its first period whose report is due on or after ${requestedDueDate ?? today}.`,
      { taskId, until: recurrence.until, from: requestedDueDate ?? today },
    );
  }
  if (requestedDueDate !== null && first.dueDate !== requestedDueDate) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The due date ${requestedDueDate} of task ${taskId} is not a deadline of its recurrence; the next one is ${first.dueDate} (period ${first.period.key}). Send that date, or none to start from the next period.`,
      { taskId, dueDate: requestedDueDate, nextDeadline: first.dueDate, periodKey: first.period.key },
    );
  }
  return first;
}

function isIntegerIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}
