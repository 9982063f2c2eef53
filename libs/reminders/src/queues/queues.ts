import type { LocalDate } from '@giaoviec/kernel';
import type { EscalationLevel } from '@giaoviec/tasks';

/**
 * The one place the reminder queues and their jobs are declared. A job name is handled by
 * exactly one method marked `@OnJob(name)`; the worker refuses to boot otherwise
 * (JobHandlerRegistry). Add a job here and its handler together.
 */
export const QUEUES = {
  reminders: 'reminders',
  // Decisions have a queue of their own: a slow SMTP server delays no deadline reminder, nor the reverse.
  notices: 'notices',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A deadline reminder or escalation of one task, at its instant. */
export interface TaskReminderJob {
  readonly taskId: string;
  readonly kind: string;
  /** The deadline it is about: the worker sends nothing if the task is now due on another date. */
  readonly dueDate: LocalDate;
  /** ISO instant it was planned for. */
  readonly fireAt: string;
  /** Negative before the due date. */
  readonly daysOverdue: number;
  readonly escalationLevel?: EscalationLevel;
}

/** Restore the reminders of the open tasks that Redis lost (at start and hourly). */
export type ReconcileRemindersJob = Record<string, never>;

/** Send the e-mail and webhook of a decision accepted into decision_notices (by its notice id). */
export interface DecisionNoticeJob {
  readonly noticeId: string;
}

/** Every job: its queue and (as a type) its payload. */
export const JOBS = {
  'task-reminder': { queue: QUEUES.reminders },
  'reconcile-reminders': { queue: QUEUES.reminders },
  'decision-notice': { queue: QUEUES.notices },
} as const satisfies Record<string, { queue: QueueName }>;

export interface JobPayloads {
  'task-reminder': TaskReminderJob;
  'reconcile-reminders': ReconcileRemindersJob;
  'decision-notice': DecisionNoticeJob;
}

export type JobName = keyof typeof JOBS;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];

// Compile-time proof that every job has a payload type and every payload a job.
type Unpaired = Exclude<JobName, keyof JobPayloads> | Exclude<keyof JobPayloads, JobName>;
const _everyJobTyped: [Unpaired] extends [never] ? true : never = true;
void _everyJobTyped;

/**
 * BullMQ keeps one job per id and ignores an add with an id it holds, so a replayed log never
 * doubles a reminder. Not ':' (BullMQ's own key separator, refused or deprecated in custom ids):
 * `<taskId>|<kind>|<dueDate>`.
 */
export const JOB_ID_SEPARATOR = '|';

export function taskReminderJobId(taskId: string, kind: string, dueDate: LocalDate): string {
  return [taskId, kind, dueDate].join(JOB_ID_SEPARATOR);
}

/** A notice id names its task and decision with ':', which BullMQ keeps for itself. */
export function decisionNoticeJobId(noticeId: string): string {
  return noticeId.replaceAll(':', JOB_ID_SEPARATOR);
}
