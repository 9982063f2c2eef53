import type { Actor } from '@giaoviec/kernel';

/** What the request pipeline knows about a command before a handler sees it. */
export interface CommandContext {
  readonly actor: Actor;
  /** Ties together everything one user action caused, across services and events. */
  readonly correlationId: string;
  /** Stable for retries of the same command (derived from the Idempotency-Key when one is sent). */
  readonly commandId: string;
  /** The message that caused this command; for an HTTP command, the command itself. */
  readonly causationId: string;
}
