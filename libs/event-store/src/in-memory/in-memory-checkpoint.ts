import type { GlobalCheckpoint } from '../event-store.port';

/** Fixed width, so comparing two checkpoints as strings follows the log's order. */
export const encodeInMemoryCheckpoint = (position: number): GlobalCheckpoint =>
  String(position).padStart(20, '0');

export function decodeInMemoryCheckpoint(checkpoint: GlobalCheckpoint): number {
  if (!/^\d{1,20}$/.test(checkpoint))
    throw new TypeError(`Not a checkpoint of the in-memory event store: ${checkpoint}`);
  return Number(checkpoint);
}
