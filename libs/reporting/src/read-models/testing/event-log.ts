import type { RecordedEvent } from '@giaoviec/event-store';
import type { Actor } from '@giaoviec/kernel';

export const STANDING_OFFICE_ACTOR: Actor = {
  userId: 'u-standing',
  agencyId: 'so-khcn',
  role: 'standing_office',
};
export const SYSTEM_ACTOR: Actor = { userId: 'system', agencyId: 'so-khcn', role: 'system' };

export interface EventOptions {
  readonly actor?: Actor;
  /** ISO instant; defaults to the log's current time, which moves a minute per event. */
  readonly occurredAt?: string;
  readonly recordedAt?: string;
}

/**
 * Builds RecordedEvents as the store would hand them to a projection: a global position
 * (zero-padded, so string order is log order), a version per stream, metadata with an actor.
 */
export class TestEventLog {
  private position = 0;
  private readonly versions = new Map<string, number>();
  private clock: number;

  constructor(start = '2026-06-01T02:00:00.000Z') {
    this.clock = Date.parse(start);
  }

  event<Data extends object>(
    streamId: string,
    type: string,
    data: Data,
    options: EventOptions = {},
  ): RecordedEvent<Data> {
    this.position += 1;
    const version = (this.versions.get(streamId) ?? 0) + 1;
    this.versions.set(streamId, version);
    const occurredAt = options.occurredAt ?? new Date(this.clock).toISOString();
    this.clock = Math.max(this.clock, Date.parse(occurredAt)) + 60_000;
    return {
      eventId: `event-${this.position}`,
      type,
      data,
      metadata: {
        actor: options.actor ?? STANDING_OFFICE_ACTOR,
        correlationId: `correlation-${this.position}`,
        causationId: `command-${this.position}`,
        commandId: `command-${this.position}`,
        occurredAt,
        schemaVersion: 1,
      },
      streamId,
      streamVersion: version,
      checkpoint: String(this.position).padStart(20, '0'),
      recordedAt: new Date(options.recordedAt ?? occurredAt),
    };
  }

  task<Data extends { taskId: string }>(
    type: string,
    data: Data,
    options?: EventOptions,
  ): RecordedEvent<Data> {
    return this.event(`task-${data.taskId}`, type, data, options);
  }

  agency<Data extends { agencyId: string }>(
    type: string,
    data: Data,
    options?: EventOptions,
  ): RecordedEvent<Data> {
    return this.event(`agency-${data.agencyId}`, type, data, options);
  }

  plan<Data extends { planId: string }>(
    type: string,
    data: Data,
    options?: EventOptions,
  ): RecordedEvent<Data> {
    return this.event(`plan-${data.planId}`, type, data, options);
  }

  indicator<Data extends { indicatorId: string }>(
    type: string,
    data: Data,
    options?: EventOptions,
  ): RecordedEvent<Data> {
    return this.event(`indicator-${data.indicatorId}`, type, data, options);
  }

  user<Data extends { userId: string }>(
    type: string,
    data: Data,
    options?: EventOptions,
  ): RecordedEvent<Data> {
    return this.event(`user-${data.userId}`, type, data, options);
  }
}
