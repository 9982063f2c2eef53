import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import {
  type Actor,
  type Clock,
  DomainRuleViolation,
  localDateAt,
  vietnamWorkingDays,
} from '@giaoviec/kernel';
import { CLOCK, EventSourcedExecutor, type CommandContext } from '@giaoviec/platform';
import { AgencyDirectoryReader } from '@giaoviec/agencies';
import {
  ESCALATION_LEVELS,
  ExecuteTaskCommand,
  isAssigned,
  reminderKey,
  taskDecider,
  taskStreamId,
  type AssignedTaskState,
  type TaskAssignedData,
  type TaskCommand,
  type TaskEvent,
} from '@giaoviec/tasks';
import {
  NOTIFIER,
  type DeliveryReport,
  type Notifier,
  type ReminderNotice,
} from '../notification/reminder-notice';
import { UNKNOWN_AGENCY_NAME } from '../notification/vietnamese-text';
import { OnJob } from '../queues/job-handlers';
import { taskReminderJobId, type TaskReminderJob } from '../queues/queues';

/** The standing office (Sở KH&CN) chases in the city's name when the assigning agency is unknown. */
export const STANDING_OFFICE_AGENCY_ID = 'so-khcn';
export const REMINDER_SYSTEM_USER = 'system:reminders';
const COMMAND_ID_NAMESPACE = 'b3a4c0de-7c1e-4f57-9d0b-6a2e5c8f1a93';

export type TaskReminderOutcome =
  | { readonly sent: true; readonly channels: readonly string[] }
  | { readonly sent: false; readonly skipped: string };

/**
 * A reminder's instant has come. The task is read again from its stream, and nothing goes out
 * unless it is still due: open and not awaiting review, still due on the job's date, this
 * reminder not recorded yet, this escalation level not reached yet. Then the notice is
 * delivered and recorded by commands whose ids derive from the job id:
 * - a failed delivery throws, and BullMQ retries the job with backoff;
 * - a worker dying after the delivery but before the record retries the job: the notice may
 *   go out again, but the record is made once (the decider ignores a repeated ReminderSent,
 *   and a retried command id is answered from the stream).
 * An escalation is recorded as TaskEscalated, then as ReminderSent of its kind, so a retry
 * after both finds the reminder recorded and sends nothing.
 */
@Injectable()
export class TaskReminderHandler {
  private readonly logger = new Logger(TaskReminderHandler.name);

  constructor(
    private readonly executor: EventSourcedExecutor,
    private readonly commandBus: CommandBus,
    @Inject(NOTIFIER) private readonly notifier: Notifier,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly agencies: AgencyDirectoryReader,
  ) {}

  @OnJob('task-reminder')
  async handle(job: TaskReminderJob): Promise<TaskReminderOutcome> {
    const jobId = taskReminderJobId(job.taskId, job.kind, job.dueDate);
    const { state, events } = await this.executor.load(taskStreamId(job.taskId), taskDecider);
    const skipped = whyNotDue(state, job);
    if (skipped) {
      this.logger.log({ jobId, reason: skipped }, 'Reminder no longer due: nothing sent');
      return { sent: false, skipped };
    }
    const task = state as AssignedTaskState;
    const today = localDateAt(this.clock.now());
    const notice: ReminderNotice = {
      taskId: task.taskId,
      planId: task.planId,
      taskCode: task.code,
      taskTitle: task.title,
      leadAgencyId: task.leadAgencyId,
      leadAgencyName: await this.agencyName(task.leadAgencyId),
      kind: job.kind,
      dueDate: job.dueDate,
      // Working days, as the escalation thresholds are counted; a reminder before the due date gives a negative count.
      daysOverdue: vietnamWorkingDays.workingDaysBetweenBestKnown(job.dueDate, today),
      ...(job.escalationLevel ? { escalationLevel: job.escalationLevel } : {}),
      // whyNotDue checked the job's date is the deadline in force, so it is this period's.
      ...(task.periodInHand ? { periodKey: task.periodInHand.key } : {}),
    };
    const report = await this.notifier.deliver(notice);

    const actor: Actor = {
      userId: REMINDER_SYSTEM_USER,
      agencyId: assigningAgency(events.map((e) => ({ type: e.type, data: e.data }) as TaskEvent)),
      role: 'system',
    };
    const level = job.escalationLevel;
    if (level && !reached(task, level)) {
      await this.record(
        jobId,
        'escalate',
        actor,
        {
          type: 'EscalateTask',
          data: {
            taskId: task.taskId,
            level,
            reason: `Quá hạn ${notice.daysOverdue} ngày so với hạn ${job.dueDate} (nhắc việc tự động)`,
          },
        },
        ['task.already_escalated', 'task.escalation_not_higher'],
      );
    }
    await this.record(jobId, 'record', actor, {
      type: 'RecordReminderSent',
      data: {
        taskId: task.taskId,
        kind: job.kind,
        dueDate: job.dueDate,
        channel: channelOf(report),
        recipients: report.recipients.length > 0 ? [...report.recipients] : [`agency:${task.leadAgencyId}`],
      },
    });
    return { sent: true, channels: report.channels };
  }

  /**
   * Runs a command on the task. A refusal by the rules (the task changed between the check and
   * now) is final: logged, not retried; anything else throws so the job is retried.
   */
  private async record(
    jobId: string,
    purpose: string,
    actor: Actor,
    command: Exclude<TaskCommand, { type: 'AssignTask' }>,
    tolerated: readonly string[] = [],
  ): Promise<void> {
    const commandId = uuidv5(`${jobId}\n${purpose}`, COMMAND_ID_NAMESPACE);
    const context: CommandContext = {
      actor,
      commandId,
      correlationId: uuidv5(jobId, COMMAND_ID_NAMESPACE),
      causationId: commandId,
    };
    try {
      await this.commandBus.execute(new ExecuteTaskCommand(command, context));
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      const level = tolerated.includes(error.rule) ? 'debug' : 'warn';
      this.logger[level]({ jobId, rule: error.rule }, `Reminder ${purpose} refused: ${error.message}`);
    }
  }

  private async agencyName(agencyId: string): Promise<string> {
    return (await this.agencies.current())[agencyId]?.name ?? UNKNOWN_AGENCY_NAME;
  }
}

/** Why the job must send nothing now; undefined when it is due. */
export function whyNotDue(
  state: ReturnType<typeof taskDecider.initialState>,
  job: TaskReminderJob,
): string | undefined {
  if (!isAssigned(state)) return 'task_unknown';
  if (state.status === 'accepted' || state.status === 'cancelled') return 'task_closed';
  if (state.status === 'completed') return 'awaiting_review';
  if (state.dueDate !== job.dueDate) return 'due_date_changed';
  if (state.remindersSent.includes(reminderKey(job.kind, job.dueDate))) return 'already_sent';
  if (
    job.escalationLevel &&
    state.escalationLevel &&
    ESCALATION_LEVELS.indexOf(state.escalationLevel) > ESCALATION_LEVELS.indexOf(job.escalationLevel)
  ) {
    return 'already_escalated_higher';
  }
  return undefined;
}

function reached(task: AssignedTaskState, level: (typeof ESCALATION_LEVELS)[number]): boolean {
  return (
    task.escalationLevel !== null &&
    ESCALATION_LEVELS.indexOf(task.escalationLevel) >= ESCALATION_LEVELS.indexOf(level)
  );
}

function assigningAgency(events: readonly TaskEvent[]): string {
  const assigned = events.find((e) => e.type === 'TaskAssigned');
  return (assigned?.data as TaskAssignedData | undefined)?.assignedByAgencyId ?? STANDING_OFFICE_AGENCY_ID;
}

/** In-app reaches the user ids the recipients name (rm_notifications gives each a row); otherwise the channels. */
function channelOf(report: DeliveryReport): string {
  if (report.channels.includes('in_app')) return 'in_app';
  return report.channels.length === 1 ? report.channels[0] : report.channels.length > 1 ? 'multi' : 'none';
}
