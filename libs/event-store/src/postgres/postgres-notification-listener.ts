import type { Pool, PoolClient } from 'pg';
import { WakeSignal } from '../shared/wake-signal';
import { notificationChannel, type PostgresEventStoreTables } from './postgres-event-store-tables';

/**
 * One LISTEN connection per store, shared by its subscriptions and held only while at
 * least one runs. It is only an accelerator: if it cannot connect or drops, subscriptions
 * keep polling and it is re-established on their next wait.
 */
export class PostgresNotificationListener {
  readonly wake = new WakeSignal();
  private client: PoolClient | undefined;
  private connecting: Promise<void> | undefined;
  private users = 0;

  constructor(
    private readonly pool: Pool,
    private readonly tables: PostgresEventStoreTables,
  ) {}

  /** Starts listening (best effort); the returned function stops when the last user releases. */
  async acquire(): Promise<() => Promise<void>> {
    this.users++;
    await this.ensureListening();
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      if (--this.users === 0) this.disconnect();
    };
  }

  /** Connects if not connected; never throws, as polling covers for it. */
  async ensureListening(): Promise<void> {
    if (this.client || this.users === 0) return;
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    await this.connecting;
  }

  private async connect(): Promise<void> {
    let client: PoolClient | undefined;
    try {
      client = await this.pool.connect();
      const connected = client;
      connected.on('notification', () => this.wake.notify());
      connected.on('error', () => this.drop(connected));
      const schema =
        this.tables.schema ??
        (await connected.query<{ schema: string }>('SELECT current_schema() AS schema')).rows[0].schema;
      await connected.query(`LISTEN "${notificationChannel(schema, this.tables.eventsTable)}"`);
      if (this.users === 0) return this.drop(connected);
      this.client = connected;
      // Whatever was appended while connecting is not lost: wake the readers once.
      this.wake.notify();
    } catch {
      if (client) this.drop(client);
    }
  }

  private disconnect(): void {
    if (this.client) this.drop(this.client);
  }

  private drop(client: PoolClient): void {
    if (this.client === client) this.client = undefined;
    client.removeAllListeners('notification');
    // Destroyed, not returned: a pooled connection must not stay subscribed to a channel.
    try {
      client.release(true);
    } catch {
      // already released after an error
    }
  }
}
