import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { notFound, type Actor, type Clock } from '@giaoviec/kernel';
import { CLOCK, PG_POOL } from '@giaoviec/platform';
import { NotificationQueries } from './notifications.queries';

export interface NotificationMarkedRead {
  readonly notificationId: string;
  /** When this user first read it. */
  readonly readAt: string;
  /** The user's notifications still unread. */
  readonly unread: number;
}

export interface NotificationsMarkedRead {
  /** How many were unread and are now read. */
  readonly marked: number;
  readonly unread: number;
}

/**
 * Marking one's own notifications as read: rows of notification_reads (see its migration),
 * one per user and notification; marking twice keeps the first time. A notification the
 * actor cannot see is "not found", whoever it belongs to.
 */
@Injectable()
export class NotificationReads {
  constructor(
    private readonly queries: NotificationQueries,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async markRead(actor: Actor, notificationId: string): Promise<NotificationMarkedRead> {
    const [mine] = await this.queries.idsOf(actor, { only: notificationId });
    if (mine === undefined) {
      throw notFound('notification.not_found', `You have no notification ${notificationId}.`, {
        notificationId,
      });
    }
    await this.record(actor, [mine]);
    const { rows } = await this.pool.query<{ read_at: Date }>(
      'SELECT read_at FROM notification_reads WHERE user_id = $1 AND notification_id = $2',
      [actor.userId, mine],
    );
    const { unread } = await this.queries.counts(actor);
    return { notificationId: mine, readAt: rows[0].read_at.toISOString(), unread };
  }

  /** Every notification of the actor unread now; one that arrives later stays unread. */
  async markAllRead(actor: Actor): Promise<NotificationsMarkedRead> {
    const unreadIds = await this.queries.idsOf(actor, { unread: true });
    const marked = await this.record(actor, unreadIds);
    const { unread } = await this.queries.counts(actor);
    return { marked, unread };
  }

  private async record(actor: Actor, notificationIds: readonly string[]): Promise<number> {
    if (notificationIds.length === 0) return 0;
    const result = await this.pool.query(
      `INSERT INTO notification_reads (user_id, notification_id, read_at)
       SELECT $1, id, $3 FROM unnest($2::text[]) AS id
       ON CONFLICT (user_id, notification_id) DO NOTHING`,
      [actor.userId, notificationIds, this.clock.now()],
    );
    return result.rowCount ?? 0;
  }
}
