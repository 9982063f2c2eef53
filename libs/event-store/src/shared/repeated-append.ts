import { IdempotencyConflictError } from '../event-store.errors';

/** Where one of the requested ids is already stored. */
export interface StoredEventId {
  readonly eventId: string;
  readonly streamId: string;
  readonly streamVersion: number;
}

export type RepeatedAppend<T extends StoredEventId> =
  | { readonly kind: 'none' }
  /** Every id is already in this stream, in this order, back to back: the retry of an earlier append. */
  | { readonly kind: 'repeat'; readonly last: T };

/**
 * Decides what an append whose ids may already be stored is: new, an exact repeat (a no-op
 * answering with what the original append answered), or neither (IdempotencyConflictError).
 */
export function classifyRepeatedAppend<T extends StoredEventId>(
  streamId: string,
  requestedIds: readonly string[],
  stored: readonly T[],
): RepeatedAppend<T> {
  if (stored.length === 0) return { kind: 'none' };
  const byId = new Map(stored.map((event) => [event.eventId.toLowerCase(), event]));
  const inOrder = requestedIds.map((id) => byId.get(id.toLowerCase()));
  const exactRepeat = inOrder.every(
    (event, index) =>
      event !== undefined &&
      event.streamId === streamId &&
      (index === 0 || event.streamVersion === (inOrder[index - 1] as T).streamVersion + 1),
  );
  if (!exactRepeat) throw new IdempotencyConflictError(streamId, requestedIds);
  return { kind: 'repeat', last: inOrder[inOrder.length - 1] as T };
}
