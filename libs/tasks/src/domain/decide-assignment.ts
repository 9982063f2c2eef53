import type { DecisionContext } from '@giaoviec/kernel';
import type { AssignTask } from './task.commands';
import type { TaskEvent } from './task.events';
import { definedOnly, optionalText, requireLocalDate, requireText } from './task.guards';
import { taskViolation } from './task-rules';
import { requireDeadlineWithinBounds } from './deadline-rules';
import { isRecurrenceFrequency, type Recurrence } from './recurrence';
import { isAssigned, type TaskState } from './task.state';

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
  const dueDate = data.dueDate === null ? null : requireLocalDate(data.dueDate, 'The due date', taskId);
  if (dueDate !== null) {
    requireDeadlineWithinBounds(dueDate, 'The due date', {
      taskId,
      today: context.today,
      planEndsOn,
      backdated,
    });
  }
  const recurrence = validRecurrence(data.recurrence ?? null, dueDate, taskId);
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
      }),
    },
  ];
}

function validRecurrence(
  recurrence: Recurrence | null,
  dueDate: string | null,
  taskId: string,
): Recurrence | null {
  if (recurrence === null) return null;
  if (!isRecurrenceFrequency(recurrence.frequency)) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The recurrence of task ${taskId} must be monthly, quarterly, semiannual or yearly; got ${JSON.stringify(recurrence.frequency)}.`,
      { taskId, frequency: recurrence.frequency },
    );
  }
  if (recurrence.until === undefined) return { frequency: recurrence.frequency };
  const until = requireLocalDate(recurrence.until, 'The end of the recurrence', taskId);
  if (dueDate !== null && until < dueDate) {
    throw taskViolation(
      'task.invalid_recurrence',
      `The recurrence of task ${taskId} ends on ${until}, before its first due date ${dueDate}.`,
      { taskId, until, dueDate },
    );
  }
  return { frequency: recurrence.frequency, until };
}
