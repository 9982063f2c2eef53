import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '../event-metadata';
import type { NewEvent } from '../event-store.port';

/** A well-formed event for store tests: a fresh id and complete metadata, each overridable. */
export function newTestEvent<Data extends object = Record<string, unknown>>(
  type = 'TestEventRecorded',
  data: Data = {} as Data,
  overrides: { eventId?: string; metadata?: Partial<EventMetadata> } = {},
): NewEvent<Data> {
  const commandId = randomUUID();
  return {
    eventId: overrides.eventId ?? randomUUID(),
    type,
    data,
    metadata: {
      actor: { userId: 'user-test', agencyId: 'agency-test', role: 'system' },
      correlationId: commandId,
      causationId: commandId,
      commandId,
      occurredAt: new Date().toISOString(),
      schemaVersion: 1,
      ...overrides.metadata,
    },
  };
}
