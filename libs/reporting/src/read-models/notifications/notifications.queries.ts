import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@giaoviec/kernel';
import { READ_MODEL_STORE, type ReadModelStore } from '../../projection/read-model-store';
import { DEFAULT_PAGE_SIZE } from '../shared/read-model.requests';
import { isoInstant, qualified, SqlParams } from '../shared/sql';

export interface NotificationItem {
  readonly notificationId: string;
  /** Set when the notification is for one user; otherwise it is for the agency (and role, if set). */
  readonly userId: string | null;
  readonly agencyId: string | null;
  readonly role: string | null;
  readonly taskId: string | null;
  readonly planId: string | null;
  readonly kind: string;
  readonly title: string;
  readonly body: string;
  readonly createdAt: string;
  readonly readAt: string | null;
}

export interface NotificationPage {
  readonly total: number;
  readonly unread: number;
  readonly limit: number;
  readonly offset: number;
  readonly items: NotificationItem[];
}

type NotificationRow = {
  notification_id: string;
  user_id: string | null;
  agency_id: string | null;
  role: string | null;
  task_id: string | null;
  plan_id: string | null;
  kind: string;
  title: string;
  body: string;
  created_at: string;
  read_at: string | null;
};

/**
 * Which notifications are the actor's: addressed to the user, or to the user's agency (and
 * role). `n` is rm_notifications; the parameters are added to `params`.
 */
export function addressedTo(actor: Actor, params: SqlParams): string {
  return `(n.user_id = ${params.once('userId', actor.userId)}
        OR (n.user_id IS NULL AND n.agency_id = ${params.add(actor.agencyId)}
            AND (n.role IS NULL OR n.role = ${params.add(actor.role)})))`;
}

/**
 * The actor's own read marks (notification_reads, in the app schema: the pool's search_path,
 * outside the read models' generations), joined as `r`.
 */
export function withReadMarks(actor: Actor, params: SqlParams): string {
  return `LEFT JOIN notification_reads r
            ON r.user_id = ${params.once('userId', actor.userId)} AND r.notification_id = n.notification_id`;
}

/**
 * GET /notifications: the actor's own, newest first (in log order when recorded the same moment): addressed to the user, or to the user's
 * agency (and role), each read or not by this user (a colleague reading an agency's
 * notification does not read it for them).
 */
@Injectable()
export class NotificationQueries {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async forActor(
    actor: Actor,
    options: { readonly unreadOnly?: boolean; readonly limit?: number; readonly offset?: number } = {},
  ): Promise<NotificationPage> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const offset = options.offset ?? 0;
    const [rows, counted] = await Promise.all([
      this.store.read<NotificationRow>((schema) => {
        const params = new SqlParams();
        const conditions = [addressedTo(actor, params), ...(options.unreadOnly ? ['r.read_at IS NULL'] : [])];
        return {
          text: `SELECT n.notification_id, n.user_id, n.agency_id, n.role, n.task_id, n.plan_id, n.kind, n.title,
                        n.body, ${isoInstant('n.created_at')} AS created_at, ${isoInstant('r.read_at')} AS read_at
                   FROM ${qualified(schema, 'rm_notifications')} n
                   ${withReadMarks(actor, params)}
                  WHERE ${conditions.join(' AND ')}
                  ORDER BY n.created_at DESC, n.position DESC, n.notification_id
                  LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
          values: params.values,
        };
      }),
      this.counts(actor),
    ]);
    return {
      total: options.unreadOnly ? counted.unread : counted.total,
      unread: counted.unread,
      limit,
      offset,
      items: rows.map((row) => ({
        notificationId: row.notification_id,
        userId: row.user_id,
        agencyId: row.agency_id,
        role: row.role,
        taskId: row.task_id,
        planId: row.plan_id,
        kind: row.kind,
        title: row.title,
        body: row.body,
        createdAt: row.created_at,
        readAt: row.read_at,
      })),
    };
  }

  /** How many notifications the actor has, and how many of them they have not read. */
  async counts(actor: Actor): Promise<{ readonly total: number; readonly unread: number }> {
    const [counted] = await this.store.read<{ total: number; unread: number }>((schema) => {
      const params = new SqlParams();
      return {
        text: `SELECT count(*)::int AS total, count(*) FILTER (WHERE r.read_at IS NULL)::int AS unread
                 FROM ${qualified(schema, 'rm_notifications')} n
                 ${withReadMarks(actor, params)}
                WHERE ${addressedTo(actor, params)}`,
        values: params.values,
      };
    });
    return { total: counted?.total ?? 0, unread: counted?.unread ?? 0 };
  }

  /** The ids of the actor's notifications: all of them, or only these, or only the unread ones. */
  async idsOf(
    actor: Actor,
    options: { readonly only?: string; readonly unread?: boolean },
  ): Promise<string[]> {
    const rows = await this.store.read<{ notification_id: string }>((schema) => {
      const params = new SqlParams();
      const conditions = [
        addressedTo(actor, params),
        ...(options.only === undefined ? [] : [`n.notification_id = ${params.add(options.only)}`]),
        ...(options.unread ? ['r.read_at IS NULL'] : []),
      ];
      return {
        text: `SELECT n.notification_id FROM ${qualified(schema, 'rm_notifications')} n
                 ${withReadMarks(actor, params)}
                WHERE ${conditions.join(' AND ')}`,
        values: params.values,
      };
    });
    return rows.map((row) => row.notification_id);
  }
}
