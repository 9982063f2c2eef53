import type { Pool, PoolClient } from 'pg';
import type { RecordedEvent } from '@giaoviec/event-store';
import type { DeliveryReport } from '../notification/reminder-notice';
import { decisionNoticeId, type DecisionEventType } from './decision-notice';

type Queryable = Pick<Pool | PoolClient, 'query'>;

/** A decision notice the worker accepted from the log (decision_notices, migration 0007). */
export interface AcceptedDecisionNotice {
  readonly noticeId: string;
  readonly eventId: string;
  readonly eventType: DecisionEventType;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly position: string;
  readonly attempts: number;
  readonly deliveredAt: Date | null;
}

export function acceptedNoticeOf(event: RecordedEvent): AcceptedDecisionNotice {
  const type = event.type as DecisionEventType;
  const taskId = String((event.data as { taskId?: unknown }).taskId);
  return {
    noticeId: decisionNoticeId(type, taskId, event.streamVersion),
    eventId: event.eventId,
    eventType: type,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    position: event.checkpoint,
    attempts: 0,
    deliveredAt: null,
  };
}

/** Inserts the notices not accepted yet; a batch read again inserts nothing twice. */
export async function acceptDecisionNotices(
  db: Queryable,
  notices: readonly AcceptedDecisionNotice[],
): Promise<void> {
  if (notices.length === 0) return;
  await db.query(
    `INSERT INTO decision_notices (notice_id, event_id, event_type, stream_id, stream_version, position)
     SELECT x.notice_id, x.event_id, x.event_type, x.stream_id, x.stream_version, x.position
       FROM jsonb_to_recordset($1::jsonb) AS x(notice_id text, event_id text, event_type text, stream_id text,
            stream_version integer, position text)
     ON CONFLICT (notice_id) DO NOTHING`,
    [
      JSON.stringify(
        notices.map((n) => ({
          notice_id: n.noticeId,
          event_id: n.eventId,
          event_type: n.eventType,
          stream_id: n.streamId,
          stream_version: n.streamVersion,
          position: n.position,
        })),
      ),
    ],
  );
}

const COLUMNS = `notice_id AS "noticeId", event_id AS "eventId", event_type AS "eventType", stream_id AS "streamId",
  stream_version AS "streamVersion", position, attempts, delivered_at AS "deliveredAt"`;

export async function findDecisionNotice(
  db: Queryable,
  noticeId: string,
): Promise<AcceptedDecisionNotice | undefined> {
  const { rows } = await db.query<AcceptedDecisionNotice>(
    `SELECT ${COLUMNS} FROM decision_notices WHERE notice_id = $1`,
    [noticeId],
  );
  return rows[0];
}

/** Accepted and not delivered yet, oldest first. */
export async function pendingDecisionNotices(db: Queryable, limit = 1000): Promise<AcceptedDecisionNotice[]> {
  const { rows } = await db.query<AcceptedDecisionNotice>(
    `SELECT ${COLUMNS} FROM decision_notices WHERE delivered_at IS NULL ORDER BY position LIMIT $1`,
    [limit],
  );
  return rows;
}

export async function countDeliveryAttempt(db: Queryable, noticeId: string): Promise<void> {
  await db.query(`UPDATE decision_notices SET attempts = attempts + 1 WHERE notice_id = $1`, [noticeId]);
}

/** Records the delivery once: a second call (a retried job) changes nothing. */
export async function recordDecisionNoticeDelivered(
  db: Queryable,
  noticeId: string,
  report: DeliveryReport,
  at: Date,
): Promise<boolean> {
  const result = await db.query(
    `UPDATE decision_notices SET delivered_at = $2, channels = $3, recipients = $4
      WHERE notice_id = $1 AND delivered_at IS NULL`,
    [noticeId, at, [...report.channels], report.recipients.length],
  );
  return result.rowCount === 1;
}
