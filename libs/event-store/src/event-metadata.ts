import type { Actor } from '@giaoviec/kernel';

/**
 * Carried by every event; the audit trail is built from exactly this.
 * The store adds the position and when the event was recorded.
 */
export interface EventMetadata {
  readonly actor: Actor;
  readonly correlationId: string;
  readonly causationId: string;
  readonly commandId: string;
  /** When it happened (ISO-8601), as the command's clock saw it. */
  readonly occurredAt: string;
  /** Version of the event's data schema; bump it when the shape of `data` changes. */
  readonly schemaVersion: number;
}
