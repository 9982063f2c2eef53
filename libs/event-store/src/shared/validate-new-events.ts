import type { NewEvent } from '../event-store.port';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Refuses what no adapter can store faithfully, before any I/O: an empty append (it would
 * have no checkpoint to answer with), ids that are not UUIDs (PostgreSQL and EventStoreDB
 * store them as UUIDs), and an id repeated inside one append (it could never be a retry).
 * Returns the ids lower-cased, the form every adapter reads them back in.
 */
export function validateNewEvents(streamId: string, events: readonly NewEvent[]): string[] {
  if (streamId.length === 0) throw new TypeError('A stream id must not be empty');
  if (events.length === 0)
    throw new TypeError(`Nothing to append to stream ${streamId}: pass at least one event`);
  const ids = events.map(({ eventId }) => {
    if (!UUID.test(eventId)) throw new TypeError(`Event id ${eventId} is not a UUID`);
    return eventId.toLowerCase();
  });
  if (new Set(ids).size !== ids.length)
    throw new TypeError(`The same event id appears twice in one append to ${streamId}`);
  return ids;
}
