import type { GlobalLogFilter } from '../event-store.port';

/** The filter as adapters without a server-side equivalent apply it, event by event. */
export function matchesFilter(filter: GlobalLogFilter | undefined, streamId: string, type: string): boolean {
  if (!filter) return true;
  const { streamPrefixes, eventTypes } = filter;
  if (streamPrefixes && !streamPrefixes.some((prefix) => streamId.startsWith(prefix))) return false;
  if (eventTypes && !eventTypes.includes(type)) return false;
  return true;
}
