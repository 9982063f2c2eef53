import {
  ANY,
  eventTypeFilter,
  excludeSystemEvents,
  NO_STREAM,
  streamNameFilter,
  type AppendExpectedRevision,
  type CurrentRevision,
  type Filter,
  type Position,
} from '@eventstore/db-client';
import type { ExpectedVersion, GlobalCheckpoint, GlobalLogFilter, StreamVersion } from '../event-store.port';

/*
 * The pure translations between the port and EventStoreDB, kept apart so they are unit
 * tested without a server. EventStoreDB numbers events from revision 0; the port counts
 * them, so version n is revision n - 1 and version 0 is "no stream".
 */

const WIDTH = 20; // commit and prepare positions are 64-bit: at most 20 decimal digits
const CHECKPOINT = /^(\d{1,20}):(\d{1,20})$/;

/** `<commit>:<prepare>`, zero-padded, so string order is log order. */
export function encodeEsdbCheckpoint(position: Position): GlobalCheckpoint {
  return `${position.commit.toString().padStart(WIDTH, '0')}:${position.prepare.toString().padStart(WIDTH, '0')}`;
}

export function decodeEsdbCheckpoint(checkpoint: GlobalCheckpoint): Position {
  const match = CHECKPOINT.exec(checkpoint);
  if (!match) throw new TypeError(`Not a checkpoint of the EventStoreDB event store: ${checkpoint}`);
  return { commit: BigInt(match[1]), prepare: BigInt(match[2]) };
}

export function compareEsdbPositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

export function toExpectedRevision(expected: ExpectedVersion): AppendExpectedRevision {
  if (expected === 'any') return ANY;
  if (!Number.isInteger(expected) || expected < 0)
    throw new RangeError(`Expected version must be 'any' or a whole number >= 0, got ${expected}`);
  return expected === 0 ? NO_STREAM : BigInt(expected - 1);
}

/** The version a stream is at once the event at `revision` is its last. */
export const versionOfRevision = (revision: bigint): StreamVersion => Number(revision) + 1;

export const versionOfCurrentRevision = (current: CurrentRevision): StreamVersion =>
  current === NO_STREAM ? 0 : versionOfRevision(current);

/** System streams and events ($stats, $>, $metadata, …) are EventStoreDB's own, never the domain's. */
export const isSystemEvent = (streamId: string, type: string): boolean =>
  streamId.startsWith('$') || type.startsWith('$');

/**
 * The server-side filter of a subscription. EventStoreDB filters on one dimension only, so
 * with both it filters streams on the server and types in the adapter; system events are
 * left out either way.
 */
export function serverFilterOf(filter: GlobalLogFilter | undefined): Filter {
  if (filter?.streamPrefixes && filter.streamPrefixes.length > 0)
    return streamNameFilter({ prefixes: [...filter.streamPrefixes] });
  if (filter?.eventTypes && filter.eventTypes.length > 0) {
    // Exact names: a prefix filter would let `TaskAssigned` also match `TaskAssignedV2`.
    return eventTypeFilter({ regex: `^(?:${filter.eventTypes.map(escapeRegex).join('|')})$` });
  }
  return excludeSystemEvents();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
