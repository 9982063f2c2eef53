import type { DecisionContext } from '@giaoviec/kernel';
import type { TaskCommand } from './task.commands';
import type { TaskEvent } from './task.events';
import type { TaskState } from './task.state';
import { assign } from './decide-assignment';
import { acknowledge, reportProgress } from './decide-work';
import { requestExtension, grantExtension, rejectExtension } from './decide-extension';
import { reassign, complete, acceptCompletion, returnCompletion, cancel, reopen } from './decide-lifecycle';
import { recordReminderSent, escalate } from './decide-follow-up';
import { mergeCoordinatingAgencies } from './decide-coordination';
import { acknowledgeCoordination, reportContribution } from './decide-coordinating-part';
import { openRecurringPeriod, submitPeriodicReport } from './decide-periodic-report';
import { commentOnTask, giveDirection } from './decide-discussion';

/**
 * Decides what a command means for a task, or refuses it with a DomainRuleViolation.
 * Pure: the actor and today come from the context; ids from the command.
 */
export function decideTask(command: TaskCommand, state: TaskState, context: DecisionContext): TaskEvent[] {
  switch (command.type) {
    case 'AssignTask':
      return assign(command, state, context);
    case 'AcknowledgeTask':
      return acknowledge(command, state, context);
    case 'ReportProgress':
      return reportProgress(command, state, context);
    case 'SubmitPeriodicReport':
      return submitPeriodicReport(command, state, context);
    case 'OpenRecurringPeriod':
      return openRecurringPeriod(command, state, context);
    case 'RequestExtension':
      return requestExtension(command, state, context);
    case 'GrantExtension':
      return grantExtension(command, state, context);
    case 'RejectExtension':
      return rejectExtension(command, state);
    case 'ReassignTask':
      return reassign(command, state, context);
    case 'CompleteTask':
      return complete(command, state, context);
    case 'AcceptCompletion':
      return acceptCompletion(command, state);
    case 'ReturnCompletion':
      return returnCompletion(command, state);
    case 'RecordReminderSent':
      return recordReminderSent(command, state);
    case 'EscalateTask':
      return escalate(command, state, context);
    case 'CancelTask':
      return cancel(command, state);
    case 'ReopenTask':
      return reopen(command, state, context);
    case 'MergeCoordinatingAgencies':
      return mergeCoordinatingAgencies(command, state);
    case 'GiveDirection':
      return giveDirection(command, state, context);
    case 'CommentOnTask':
      return commentOnTask(command, state, context);
    case 'AcknowledgeCoordination':
      return acknowledgeCoordination(command, state, context);
    case 'ReportContribution':
      return reportContribution(command, state, context);
    default: {
      const unknown: never = command;
      throw new Error(`Unknown task command ${JSON.stringify((unknown as { type?: unknown }).type)}`);
    }
  }
}
