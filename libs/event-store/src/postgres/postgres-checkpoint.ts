import type { GlobalCheckpoint } from '../event-store.port';

/**
 * A place in the PostgreSQL log: the id of the transaction that appended the event, then
 * its global position. Readers follow this order, not the position alone, because
 * positions are handed out at insert time while transactions commit in any order.
 */
export interface PostgresLogPosition {
  /** xid8, as decimal text (it may exceed Number.MAX_SAFE_INTEGER). */
  readonly transactionId: string;
  /** bigint, as decimal text. */
  readonly globalPosition: string;
}

export const LOG_START: PostgresLogPosition = { transactionId: '0', globalPosition: '0' };

const WIDTH = 20; // both are 64-bit: at most 20 decimal digits
const CHECKPOINT = /^(\d{1,20}):(\d{1,20})$/;

/** `<transaction id>:<global position>`, zero-padded, so string order is log order. */
export function encodePostgresCheckpoint({
  transactionId,
  globalPosition,
}: PostgresLogPosition): GlobalCheckpoint {
  return `${transactionId.padStart(WIDTH, '0')}:${globalPosition.padStart(WIDTH, '0')}`;
}

export function decodePostgresCheckpoint(checkpoint: GlobalCheckpoint): PostgresLogPosition {
  const match = CHECKPOINT.exec(checkpoint);
  if (!match) throw new TypeError(`Not a checkpoint of the PostgreSQL event store: ${checkpoint}`);
  return { transactionId: BigInt(match[1]).toString(), globalPosition: BigInt(match[2]).toString() };
}

export function comparePostgresPositions(a: PostgresLogPosition, b: PostgresLogPosition): number {
  const byTransaction = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (byTransaction !== 0n) return byTransaction < 0n ? -1 : 1;
  const byPosition = BigInt(a.globalPosition) - BigInt(b.globalPosition);
  return byPosition === 0n ? 0 : byPosition < 0n ? -1 : 1;
}
