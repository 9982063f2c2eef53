import type { LocalDate } from '@giaoviec/kernel';
import type {
  CompletionReturnedData,
  ExtensionGrantedData,
  ExtensionRejectedData,
  TaskEventType,
  TaskReassignedData,
} from '@giaoviec/tasks';

/** The decisions the lead agency waits for: the same events that give it an in-app notification. */
export const DECISION_EVENT_TYPES = [
  'TaskAssigned',
  'TaskReassigned',
  'CompletionReturned',
  'ExtensionGranted',
  'ExtensionRejected',
] as const satisfies readonly TaskEventType[];
export type DecisionEventType = (typeof DECISION_EVENT_TYPES)[number];

/** The webhook `type` of each decision: a subscriber's word, stable whatever the texts say. */
export const DECISION_NOTICE_TYPES: Readonly<Record<DecisionEventType, string>> = {
  TaskAssigned: 'task.assigned',
  TaskReassigned: 'task.reassigned',
  CompletionReturned: 'task.completion_returned',
  ExtensionGranted: 'task.extension_granted',
  ExtensionRejected: 'task.extension_rejected',
};

export function isDecisionEvent(type: string): type is DecisionEventType {
  return (DECISION_EVENT_TYPES as readonly string[]).includes(type);
}

/**
 * `task.assigned:<taskId>:<streamVersion>`: one event of one task stream, so the id is the
 * same however often the log is read and the job retried; a subscriber drops a repeat by it.
 */
export function decisionNoticeId(type: DecisionEventType, taskId: string, streamVersion: number): string {
  return `${DECISION_NOTICE_TYPES[type]}:${taskId}:${streamVersion}`;
}

/** What a decision notice says, whatever the channel: ids for machines, names for people. */
export interface DecisionNotice {
  readonly noticeId: string;
  readonly eventId: string;
  readonly eventType: DecisionEventType;
  readonly taskId: string;
  readonly taskCode: string | null;
  readonly taskTitle: string;
  readonly planId: string;
  /** 'Kế hoạch số 495/KH-UBND ngày 20/12/2025 …' is made of these; null when unknown. */
  readonly plan: { readonly number: string | null; readonly title: string } | null;
  /** The agency that leads the task once the decision is taken (who is told). */
  readonly leadAgencyId: string;
  readonly leadAgencyName: string;
  /** A reassignment's: the agency the task was taken from. */
  readonly previousLeadAgencyName?: string;
  /** An assignment's coordinating agencies, by name. */
  readonly coordinatingAgencyNames: readonly string[];
  /** The deadline in force after the decision; null for a task without one. */
  readonly dueDate: LocalDate | null;
  /** An extension's: the deadline it replaced. */
  readonly previousDueDate?: LocalDate;
  /** A recurring report's period in hand, e.g. '2026-Q2'. */
  readonly periodKey?: string;
  /** Why (a return, a refusal, a reassignment), or a note on a grant. */
  readonly reason?: string;
  readonly note?: string;
  /** Who took the decision, by name, and for which agency; null for the system or an unknown user. */
  readonly decidedBy: { readonly name: string; readonly agencyName: string } | null;
  /** The day it was decided, in Huế. */
  readonly decidedOn: LocalDate;
}

/** The facts a decision notice is made of: the event, the task after it, and the names of things. */
export interface DecisionFacts {
  readonly event: {
    readonly eventId: string;
    readonly type: DecisionEventType;
    readonly data: object;
    readonly streamVersion: number;
    readonly actorUserId: string;
    readonly actorAgencyId: string;
  };
  readonly task: {
    readonly taskId: string;
    readonly code: string | null;
    readonly title: string;
    readonly planId: string;
    readonly leadAgencyId: string;
    readonly coordinatingAgencyIds: readonly string[];
    readonly dueDate: LocalDate | null;
    readonly periodKey?: string;
  };
  readonly plan: { readonly number: string | null; readonly title: string } | null;
  readonly decidedOn: LocalDate;
  /** The agency's name; never its id, even when the directory does not know it. */
  readonly agencyName: (agencyId: string) => string;
  /** A person's display name; undefined for the system or someone the directory does not know. */
  readonly userName: (userId: string) => string | undefined;
}

/** Pure: the same facts always give the same notice. */
export function decisionNoticeOf(facts: DecisionFacts): DecisionNotice {
  const { event, task } = facts;
  const decider = facts.userName(event.actorUserId);
  const base = {
    noticeId: decisionNoticeId(event.type, task.taskId, event.streamVersion),
    eventId: event.eventId,
    eventType: event.type,
    taskId: task.taskId,
    taskCode: task.code,
    taskTitle: task.title,
    planId: task.planId,
    plan: facts.plan,
    leadAgencyId: task.leadAgencyId,
    leadAgencyName: facts.agencyName(task.leadAgencyId),
    coordinatingAgencyNames: task.coordinatingAgencyIds.map(facts.agencyName),
    dueDate: task.dueDate,
    ...(task.periodKey ? { periodKey: task.periodKey } : {}),
    decidedBy: decider ? { name: decider, agencyName: facts.agencyName(event.actorAgencyId) } : null,
    decidedOn: facts.decidedOn,
  };
  switch (event.type) {
    case 'TaskAssigned':
      return base;
    case 'TaskReassigned': {
      const d = event.data as TaskReassignedData;
      return { ...base, previousLeadAgencyName: facts.agencyName(d.fromAgencyId), reason: d.reason };
    }
    case 'CompletionReturned':
      return { ...base, reason: (event.data as CompletionReturnedData).reason };
    case 'ExtensionGranted': {
      const d = event.data as ExtensionGrantedData;
      return {
        ...base,
        dueDate: d.newDueDate,
        previousDueDate: d.previousDueDate,
        ...(d.note ? { note: d.note } : {}),
      };
    }
    case 'ExtensionRejected':
      return { ...base, reason: (event.data as ExtensionRejectedData).reason };
  }
}
