import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { PG_POOL } from '../postgres/postgres.tokens';

export type IdempotencyClaim =
  | { readonly outcome: 'claimed' }
  | { readonly outcome: 'completed'; readonly statusCode: number; readonly body: unknown }
  | { readonly outcome: 'in_progress' }
  | { readonly outcome: 'different_request' };

/** A claim older than this whose request never finished (a crashed process) may be taken over. */
const ABANDONED_AFTER_SECONDS = 30;

/** Remembers the first answer to each (sender, Idempotency-Key) in PostgreSQL. */
@Injectable()
export class IdempotencyStore {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async claim(scope: string, key: string, requestHash: string): Promise<IdempotencyClaim> {
    const inserted = await this.pool.query(
      `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET created_at = now()
         WHERE idempotency_keys.status_code IS NULL
           AND idempotency_keys.request_hash = EXCLUDED.request_hash
           AND idempotency_keys.created_at < now() - make_interval(secs => $4)
       RETURNING scope`,
      [scope, key, requestHash, ABANDONED_AFTER_SECONDS],
    );
    if (inserted.rowCount === 1) return { outcome: 'claimed' };

    const existing = await this.pool.query<{
      request_hash: string;
      status_code: number | null;
      response_body: unknown;
    }>(
      'SELECT request_hash, status_code, response_body FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    const row = existing.rows[0];
    if (!row) return this.claim(scope, key, requestHash); // expired between the two statements
    if (row.request_hash !== requestHash) return { outcome: 'different_request' };
    if (row.status_code === null) return { outcome: 'in_progress' };
    return { outcome: 'completed', statusCode: row.status_code, body: row.response_body };
  }

  async complete(scope: string, key: string, statusCode: number, body: unknown): Promise<void> {
    await this.pool.query(
      `UPDATE idempotency_keys SET status_code = $3, response_body = $4, completed_at = now() WHERE scope = $1 AND key = $2`,
      [scope, key, statusCode, JSON.stringify(body ?? null)],
    );
  }

  /** Our own failure: forget the claim so the client's retry runs the command again. */
  async release(scope: string, key: string): Promise<void> {
    await this.pool.query(
      'DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND status_code IS NULL',
      [scope, key],
    );
  }

  async deleteOlderThan(hours: number): Promise<number> {
    const result = await this.pool.query(
      `DELETE FROM idempotency_keys WHERE created_at < now() - make_interval(hours => $1)`,
      [hours],
    );
    return result.rowCount ?? 0;
  }
}
