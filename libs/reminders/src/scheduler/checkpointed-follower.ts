import type { LoggerService } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type {
  EventStore,
  GlobalCheckpoint,
  GlobalLogFilter,
  RecordedEvent,
  Subscription,
} from '@giaoviec/event-store';
import { compareAndSetSchedulerCheckpoint, readSchedulerCheckpoint } from './scheduler-checkpoint';

export interface CheckpointedFollowerOptions {
  /** Its row in reminder_scheduler_checkpoints. */
  readonly name: string;
  readonly filter: GlobalLogFilter;
  readonly batchSize: number;
  /** Wait after a failed batch, doubling up to 5 s. */
  readonly retryMs: number;
  /** Where it starts the first time it runs (no row yet); default: the beginning of the log. */
  readonly firstStart?: () => Promise<GlobalCheckpoint | undefined>;
  /** One batch, in the transaction that moved the checkpoint: throwing rolls both back. */
  readonly apply: (events: readonly RecordedEvent[], client: PoolClient) => Promise<void>;
  /** After COMMIT; a failure here is logged, not retried (the caller's own sweep makes up for it). */
  readonly afterCommit?: (events: readonly RecordedEvent[]) => Promise<void>;
  readonly logger: LoggerService;
}

class CheckpointMoved extends Error {
  constructor(name: string) {
    super(`Another worker moved the checkpoint ${name} first`);
  }
}

/**
 * Follows the global log from a checkpoint of its own in PostgreSQL. Each batch is one
 * transaction: the checkpoint moves first by compare-and-set, which locks it (a second worker
 * waits, then finds it moved and resubscribes), then `apply`, then COMMIT. A failure rolls
 * back and the batch is read again after a backoff, so no event is ever passed unapplied.
 */
export class CheckpointedFollower {
  private stopping = false;
  private running?: Promise<void>;
  private subscription?: Subscription;
  private position?: GlobalCheckpoint;
  private failuresInARow = 0;
  private wake?: () => void;

  constructor(
    private readonly store: EventStore,
    private readonly pool: Pool,
    private readonly options: CheckpointedFollowerOptions,
  ) {}

  /** The last checkpoint stored (or found stored). */
  get checkpoint(): GlobalCheckpoint | undefined {
    return this.position;
  }

  start(): void {
    this.running = this.run();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping) {
      try {
        await this.follow();
      } catch (error) {
        if (this.stopping) break;
        if (error instanceof CheckpointMoved) continue;
        this.failuresInARow++;
        const delay = Math.min(5000, this.options.retryMs * 2 ** (this.failuresInARow - 1));
        this.options.logger.error(
          {
            err: error,
            checkpoint: this.options.name,
            failuresInARow: this.failuresInARow,
            retryInMs: delay,
          },
          `Following the log (${this.options.name}) failed, rolled back; retrying from the stored checkpoint: ${String(error)}`,
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, delay);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  private async follow(): Promise<void> {
    let expected = await readSchedulerCheckpoint(this.pool, this.options.name, this.options.firstStart);
    this.position = expected;
    if (this.stopping) return;
    const subscription = this.store.subscribeToAll(
      { after: expected, filter: this.options.filter, batchSize: this.options.batchSize },
      async (events, nextCheckpoint) => {
        if (this.stopping) throw new CheckpointMoved(this.options.name);
        await this.inTransaction(async (client) => {
          if (
            !(await compareAndSetSchedulerCheckpoint(client, this.options.name, expected, nextCheckpoint))
          ) {
            throw new CheckpointMoved(this.options.name);
          }
          await this.options.apply(events, client);
        });
        expected = nextCheckpoint;
        this.position = nextCheckpoint;
        this.failuresInARow = 0;
        await this.options
          .afterCommit?.(events)
          .catch((error: unknown) =>
            this.options.logger.warn(
              { err: error, checkpoint: this.options.name },
              `After committing a batch (${this.options.name}): ${String(error)}`,
            ),
          );
      },
    );
    this.subscription = subscription;
    try {
      await subscription.done;
    } finally {
      await subscription.stop();
    }
  }

  private async inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await work(client);
      await client.query('COMMIT');
      client.release();
    } catch (error) {
      const broken = await client.query('ROLLBACK').then(
        () => false,
        () => true,
      );
      client.release(broken);
      throw error;
    }
  }
}
