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

/** GET /notifications: the actor's own, newest first: addressed to the user, or to the user's agency (and role). */
@Injectable()
export class NotificationQueries {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async forActor(
    actor: Actor,
    options: { readonly unreadOnly?: boolean; readonly limit?: number; readonly offset?: number } = {},
  ): Promise<NotificationPage> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const offset = options.offset ?? 0;
    const mine = (params: SqlParams) =>
      `(n.user_id = ${params.add(actor.userId)}
        OR (n.user_id IS NULL AND n.agency_id = ${params.add(actor.agencyId)}
            AND (n.role IS NULL OR n.role = ${params.add(actor.role)})))`;
    const [rows, counted] = await Promise.all([
      this.store.read<NotificationRow>((schema) => {
        const params = new SqlParams();
        const conditions = [mine(params), ...(options.unreadOnly ? ['n.read_at IS NULL'] : [])];
        return {
          text: `SELECT n.notification_id, n.user_id, n.agency_id, n.role, n.task_id, n.plan_id, n.kind, n.title,
                        n.body, ${isoInstant('n.created_at')} AS created_at, ${isoInstant('n.read_at')} AS read_at
                   FROM ${qualified(schema, 'rm_notifications')} n
                  WHERE ${conditions.join(' AND ')}
                  ORDER BY n.created_at DESC, n.notification_id
                  LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
          values: params.values,
        };
      }),
      this.store.read<{ total: number; unread: number }>((schema) => {
        const params = new SqlParams();
        return {
          text: `SELECT count(*)::int AS total, count(*) FILTER (WHERE n.read_at IS NULL)::int AS unread
                   FROM ${qualified(schema, 'rm_notifications')} n WHERE ${mine(params)}`,
          values: params.values,
        };
      }),
    ]);
    const total = options.unreadOnly ? (counted[0]?.unread ?? 0) : (counted[0]?.total ?? 0);
    return {
      total,
      unread: counted[0]?.unread ?? 0,
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
}
