import { Inject, Injectable } from '@nestjs/common';
import { AgencyDirectoryReader } from '@giaoviec/agencies';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { UserDirectoryReader } from '@giaoviec/identity';
import { fold, localDateAt } from '@giaoviec/kernel';
import { planStreamId, type PlanIssuedData } from '@giaoviec/planning';
import { toDomainEvent } from '@giaoviec/platform';
import { isAssigned, taskDecider, type TaskEvent } from '@giaoviec/tasks';
import { decisionNoticeOf, isDecisionEvent, type DecisionNotice } from './decision-notice';
import { UNKNOWN_AGENCY_NAME } from '../notification/vietnamese-text';
import type { AcceptedDecisionNotice } from './decision-outbox';

/**
 * Reads what a decision notice says from the event store: the task folded through the
 * command that took the decision (an assignment of a recurring report opens its first
 * period in the same append), the plan, and the names of the agencies and the decider as
 * the directories know them when the notice goes out.
 */
@Injectable()
export class DecisionNoticeReader {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly agencies: AgencyDirectoryReader,
    private readonly users: UserDirectoryReader,
  ) {}

  /** Undefined when the log holds no such decision (nothing to say). */
  async read(accepted: AcceptedDecisionNotice): Promise<DecisionNotice | undefined> {
    const { events } = await this.store.readStream(accepted.streamId);
    const decision = events[accepted.streamVersion - 1];
    if (!decision || decision.eventId !== accepted.eventId || !isDecisionEvent(decision.type))
      return undefined;
    const sameCommand = events
      .slice(accepted.streamVersion)
      .findIndex((e) => e.metadata.commandId !== decision.metadata.commandId);
    const through = sameCommand === -1 ? events.length : accepted.streamVersion + sameCommand;
    const task = fold(
      taskDecider,
      events.slice(0, through).map((e) => toDomainEvent<TaskEvent>(e)),
    );
    if (!isAssigned(task)) return undefined;
    const [directory, users, plan] = await Promise.all([
      this.agencies.current(),
      this.users.list(),
      this.plan(task.planId),
    ]);
    return decisionNoticeOf({
      event: {
        eventId: decision.eventId,
        type: decision.type,
        data: decision.data,
        streamVersion: decision.streamVersion,
        actorUserId: decision.metadata.actor.userId,
        actorAgencyId: decision.metadata.actor.agencyId,
      },
      task: {
        taskId: task.taskId,
        code: task.code,
        title: task.title,
        planId: task.planId,
        leadAgencyId: task.leadAgencyId,
        coordinatingAgencyIds: task.coordinatingAgencyIds,
        dueDate: task.dueDate,
        ...(task.periodInHand ? { periodKey: task.periodInHand.key } : {}),
      },
      plan,
      decidedOn: localDateAt(new Date(decision.metadata.occurredAt ?? decision.recordedAt.toISOString())),
      agencyName: (id) => directory[id]?.name ?? UNKNOWN_AGENCY_NAME,
      userName: (id) => users.find((user) => user.userId === id)?.displayName,
    });
  }

  private async plan(planId: string): Promise<{ number: string | null; title: string } | null> {
    const { events } = await this.store.readStream(planStreamId(planId));
    const issued = events.find((e) => e.type === 'PlanIssued')?.data as PlanIssuedData | undefined;
    return issued ? { number: issued.number, title: issued.title } : null;
  }
}
