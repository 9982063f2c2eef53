import type { LocalDate } from '@giaoviec/kernel';
import type { TaskEvent } from './task.events';
import { mergeCoordinatorParts, newCoordinatorPart, type CoordinatorPart } from './coordination-state';
import { isAssigned, reminderKey, type AssignedTaskState, type TaskState } from './task.state';

/**
 * Folds one event into the state. Never throws and never judges: the events are facts
 * already decided. An event it does not know (a newer type) leaves the state unchanged.
 */
export function evolveTask(state: TaskState, event: TaskEvent): TaskState {
  if (event.type === 'TaskAssigned') {
    const data = event.data;
    return {
      status: 'assigned',
      taskId: data.taskId,
      planId: data.planId,
      code: data.code,
      title: data.title,
      groupId: data.groupId,
      leadAgencyId: data.leadAgencyId,
      coordinatingAgencyIds: data.coordinatingAgencyIds,
      coordinators: data.coordinatingAgencyIds.map(newCoordinatorPart),
      dueDate: data.dueDate,
      recurrence: data.recurrence,
      periodInHand: null,
      periodReports: [],
      recurrenceEnded: false,
      dueDateIsPeriodEnd: data.dueDateIsPeriodEnd,
      assignedOn: data.assignedOn,
      planEndsOn: data.planEndsOn ?? null,
      acknowledged: false,
      pendingExtension: null,
      extensionRequestIds: [],
      escalationLevel: null,
      remindersSent: [],
      completedOn: null,
      dueDateAtCompletion: null,
      lastProgressOn: null,
      lastPercentComplete: null,
      source: data.source ?? null,
    };
  }
  if (!isAssigned(state)) return state;
  return evolveAssigned(state, event);
}

function evolveAssigned(state: AssignedTaskState, event: TaskEvent): AssignedTaskState {
  switch (event.type) {
    case 'TaskAssigned':
      return state;
    case 'TaskAcknowledged':
      return {
        ...state,
        acknowledged: true,
        status: state.status === 'assigned' ? 'in_progress' : state.status,
      };
    case 'ProgressReported':
      return {
        ...state,
        lastProgressOn: event.data.reportedOn,
        lastPercentComplete: event.data.percentComplete ?? state.lastPercentComplete,
      };
    case 'ExtensionRequested':
      return {
        ...state,
        pendingExtension: { requestId: event.data.requestId, requestedDueDate: event.data.requestedDueDate },
        extensionRequestIds: [...state.extensionRequestIds, event.data.requestId],
      };
    case 'ExtensionGranted':
      return withDueDate({ ...state, pendingExtension: null }, event.data.newDueDate);
    case 'ExtensionRejected':
      return { ...state, pendingExtension: null };
    case 'TaskReassigned': {
      const reassigned: AssignedTaskState = {
        ...state,
        leadAgencyId: event.data.toAgencyId,
        coordinatingAgencyIds: state.coordinatingAgencyIds.filter((id) => id !== event.data.toAgencyId),
        // The new lead's coordinating part ends: it answers for the whole task now.
        coordinators: state.coordinators.filter((part) => part.agencyId !== event.data.toAgencyId),
        acknowledged: false,
        // A task awaiting review keeps its completion; otherwise the new agency starts by acknowledging.
        status: state.status === 'completed' ? 'completed' : 'assigned',
        // The former lead's request lapses; the new agency asks for itself if it needs to.
        pendingExtension: null,
      };
      return event.data.newDueDate === undefined
        ? reassigned
        : withDueDate(reassigned, event.data.newDueDate);
    }
    case 'TaskCompleted':
      return {
        ...state,
        status: 'completed',
        completedOn: event.data.completedOn,
        dueDateAtCompletion: event.data.dueDate,
        // A request still pending when the work is delivered lapses.
        pendingExtension: null,
      };
    case 'CompletionAccepted':
      return { ...state, status: 'accepted' };
    case 'CompletionReturned':
      return { ...backToWork(state), completedOn: null, dueDateAtCompletion: null };
    case 'ReminderSent':
      return {
        ...state,
        remindersSent: [...state.remindersSent, reminderKey(event.data.kind, event.data.dueDate)],
      };
    case 'TaskEscalated':
      return { ...state, escalationLevel: event.data.level };
    case 'CoordinatingAgenciesMerged': {
      const { mergedAgencyIds, intoAgencyId } = event.data;
      const remaining = state.coordinatingAgencyIds.filter((id) => !mergedAgencyIds.includes(id));
      const joins = intoAgencyId !== state.leadAgencyId && !remaining.includes(intoAgencyId);
      return {
        ...state,
        coordinatingAgencyIds: joins ? [...remaining, intoAgencyId] : remaining,
        coordinators: mergeCoordinatorParts(
          state.coordinators,
          mergedAgencyIds,
          intoAgencyId,
          state.leadAgencyId,
        ),
      };
    }
    case 'CoordinationAcknowledged':
      return withCoordinatorPart(state, event.data.agencyId, (part) => ({
        ...part,
        state: part.state === 'not_acknowledged' ? 'acknowledged' : part.state,
        acknowledgedOn: part.acknowledgedOn ?? event.data.acknowledgedOn,
      }));
    case 'ContributionReported': {
      const { reportId, reportedOn, onTime, percentComplete } = event.data;
      return withCoordinatorPart(state, event.data.agencyId, (part) => ({
        ...part,
        state: 'contribution_reported',
        firstContributionOn: part.firstContributionOn ?? reportedOn,
        lastContributionOn: reportedOn,
        contributedOnTime: part.contributedOnTime ?? onTime,
        lastPercentComplete: percentComplete ?? part.lastPercentComplete,
        contributionReportIds: [...part.contributionReportIds, reportId],
      }));
    }
    case 'TaskCancelled':
      return { ...state, status: 'cancelled', pendingExtension: null };
    case 'TaskReopened': {
      const reopened: AssignedTaskState = {
        ...backToWork(state),
        completedOn: null,
        dueDateAtCompletion: null,
      };
      return event.data.newDueDate === undefined ? reopened : withDueDate(reopened, event.data.newDueDate);
    }
    case 'RecurringPeriodOpened':
      return withDueDate({ ...state, periodInHand: event.data.period }, event.data.dueDate);
    case 'PeriodicReportSubmitted': {
      const { period, dueDate, reportedOn, onTime } = event.data;
      return withDueDate(
        {
          ...state,
          periodInHand: null,
          periodReports: [...state.periodReports, { periodKey: period.key, dueDate, reportedOn, onTime }],
          lastProgressOn: reportedOn,
          // A request to extend the period just reported lapses with it.
          pendingExtension: null,
        },
        null,
      );
    }
    case 'RecurrenceEnded':
      return { ...state, recurrenceEnded: true };
    default:
      return state;
  }
}

/** Changes one coordinating agency's part; an agency no longer coordinating is left out. */
function withCoordinatorPart(
  state: AssignedTaskState,
  agencyId: string,
  change: (part: CoordinatorPart) => CoordinatorPart,
): AssignedTaskState {
  if (!state.coordinators.some((part) => part.agencyId === agencyId)) return state;
  return {
    ...state,
    coordinators: state.coordinators.map((part) => (part.agencyId === agencyId ? change(part) : part)),
  };
}

function backToWork(state: AssignedTaskState): AssignedTaskState {
  return { ...state, status: state.acknowledged ? 'in_progress' : 'assigned' };
}

/** A new deadline: escalation starts again from none (reminders are keyed by deadline already). */
function withDueDate(state: AssignedTaskState, dueDate: LocalDate | null): AssignedTaskState {
  return dueDate === state.dueDate ? state : { ...state, dueDate, escalationLevel: null };
}
