import { Logger } from '@nestjs/common';
import type { Pool, PoolClient } from 'pg';
import type { EventStore, GlobalCheckpoint, RecordedEvent, Subscription } from '@giaoviec/event-store';
import {
  applyToProjections,
  assertIdentifier,
  compareAndSetCheckpoint,
  type EngineLogger,
  inTransaction,
  type ProjectionHandle,
  projectionHandles,
  readGenerationCheckpoint,
} from './generation-sql';
import type { Projection } from './projection';

export interface ProjectionRunnerOptions {
  readonly store: EventStore;
  readonly pool: Pool;
  /** The generation schema whose tables and checkpoint this runner keeps. */
  readonly schema: string;
  readonly projections: readonly Projection[];
  /** Events per transaction while catching up (default 500). */
  readonly batchSize?: number;
  /**
   * How often, when no event of the projections' types arrives, the runner moves the
   * checkpoint past the events it skips (default 250 ms), so a reader waiting for the
   * position of an event no read model handles is not kept waiting.
   */
  readonly idleAdvanceMs?: number;
  /** Wait after a failed batch, doubling per failure in a row (default 100 ms up to 5 s). */
  readonly retry?: { readonly initialMs?: number; readonly maxMs?: number };
  readonly logger?: EngineLogger;
  /** Told after each committed move of the checkpoint. */
  readonly onCommit?: (checkpoint: GlobalCheckpoint, appliedEvents: number) => void;
  /** Told of each failure (the runner retries it after the backoff). */
  readonly onError?: (error: unknown) => void;
}

/** Another runner moved the checkpoint first: what this one was about to apply is already there. */
export class CheckpointMovedError extends Error {
  constructor(
    readonly schema: string,
    readonly expected: GlobalCheckpoint | undefined,
  ) {
    super(
      `The checkpoint of ${schema} is no longer ${expected ?? 'empty'}: another runner applied these events first`,
    );
    this.name = 'CheckpointMovedError';
  }
}

/** One subscription from one stored checkpoint; ended (and replaced) when the checkpoint moves under it. */
interface Session {
  expected: GlobalCheckpoint | undefined;
  ended: boolean;
  subscription?: Subscription;
}

const DEFAULT_BATCH_SIZE = 500;
const DEFAULT_IDLE_ADVANCE_MS = 250;
const DEFAULT_RETRY = { initialMs: 100, maxMs: 5000 };

/**
 * Keeps the read models of one generation current from the global log.
 *
 * Each batch the subscription hands over is one transaction: first the checkpoint moves by
 * compare-and-set (`WHERE checkpoint IS NOT DISTINCT FROM expected`), which also locks it,
 * then every projection applies the events of its types, then COMMIT. So the rows and the
 * checkpoint move together, a crash mid-batch loses the whole batch (and it is read again),
 * and of two runners on one generation only one applies a batch: the other finds the
 * checkpoint moved, rolls back, and resubscribes from the stored checkpoint. On any other
 * error it rolls back, logs, and resubscribes after a backoff; it never skips an event.
 */
export class ProjectionRunner {
  private readonly schema: string;
  private readonly eventTypes: readonly string[];
  private readonly handles: readonly ProjectionHandle[];
  private readonly logger: EngineLogger;
  private readonly stopping = new AbortController();
  private running?: Promise<void>;
  private session?: Session;
  /** Batches and idle advances never overlap. */
  private exclusive: Promise<unknown> = Promise.resolve();
  private idleBusy = false;
  private position?: GlobalCheckpoint;
  private failuresInARow = 0;
  private latestError?: unknown;

  constructor(private readonly options: ProjectionRunnerOptions) {
    this.schema = assertIdentifier(options.schema);
    this.handles = projectionHandles(options.projections);
    this.eventTypes = [...new Set(options.projections.flatMap((projection) => projection.eventTypes))];
    this.logger = options.logger ?? new Logger(`ProjectionRunner ${options.schema}`);
  }

  /** The last checkpoint this runner stored or found stored. */
  get checkpoint(): GlobalCheckpoint | undefined {
    return this.position;
  }

  /** Failures since the last committed batch; the error of the last one. */
  get failures(): { readonly inARow: number; readonly latest?: unknown } {
    return { inARow: this.failuresInARow, latest: this.latestError };
  }

  start(): this {
    if (this.running) throw new Error('This runner was started already');
    this.running = this.run();
    return this;
  }

  /** Stops after the batch in flight (committed or rolled back); resolves once nothing runs. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await this.session?.subscription?.stop();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopping.signal.aborted) {
      try {
        await this.follow();
      } catch (error) {
        if (this.stopping.signal.aborted) break;
        if (error instanceof CheckpointMovedError) {
          this.logger.debug?.({ schema: this.schema }, error.message);
          continue;
        }
        this.failuresInARow++;
        this.latestError = error;
        this.options.onError?.(error);
        const delay = backoffMs(this.failuresInARow, { ...DEFAULT_RETRY, ...this.options.retry });
        this.logger.error(
          { err: error, schema: this.schema, failuresInARow: this.failuresInARow, retryInMs: delay },
          `Projection batch failed, rolled back; retrying from the stored checkpoint: ${errorMessage(error)}`,
        );
        await sleep(delay, this.stopping.signal);
      }
    }
  }

  /** Subscribes from the stored checkpoint until stopped, or until the checkpoint moves under it. */
  private async follow(): Promise<void> {
    const stored = await readGenerationCheckpoint(this.options.pool, this.schema);
    const session: Session = { expected: stored, ended: false };
    this.position = stored;
    this.session = session;
    if (this.stopping.signal.aborted) return;
    session.subscription = this.options.store.subscribeToAll(
      {
        after: stored,
        filter: { eventTypes: this.eventTypes },
        batchSize: this.options.batchSize ?? DEFAULT_BATCH_SIZE,
      },
      (events, nextCheckpoint) => this.serially(() => this.applyBatch(session, events, nextCheckpoint)),
    );
    const idle = setInterval(() => {
      if (this.idleBusy) return;
      this.idleBusy = true;
      void this.serially(() => this.advanceIdle(session))
        .catch((error: unknown) =>
          this.logger.warn(
            { err: error, schema: this.schema },
            `Could not move the checkpoint past skipped events: ${errorMessage(error)}`,
          ),
        )
        .finally(() => (this.idleBusy = false));
    }, this.options.idleAdvanceMs ?? DEFAULT_IDLE_ADVANCE_MS);
    try {
      await session.subscription.done;
    } finally {
      clearInterval(idle);
      session.ended = true;
      await session.subscription.stop();
    }
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const result = this.exclusive.then(work);
    this.exclusive = result.catch(() => undefined);
    return result;
  }

  private async applyBatch(
    session: Session,
    events: RecordedEvent[],
    nextCheckpoint: GlobalCheckpoint,
  ): Promise<void> {
    if (session.ended || this.stopping.signal.aborted)
      throw new CheckpointMovedError(this.schema, session.expected);
    await this.inTransaction(async (client) => {
      // First, so a second runner waits here and then finds it moved, before touching any row.
      if (!(await compareAndSetCheckpoint(client, this.schema, session.expected, nextCheckpoint))) {
        throw new CheckpointMovedError(this.schema, session.expected);
      }
      await applyToProjections(this.handles, events, client, this.schema);
    });
    session.expected = nextCheckpoint;
    this.position = nextCheckpoint;
    this.failuresInARow = 0;
    this.latestError = undefined;
    this.options.onCommit?.(nextCheckpoint, events.length);
  }

  /**
   * The subscription only calls with events of the projections' types; when only others
   * follow, the stored checkpoint would stay behind them. Moves it to the head of the log
   * when nothing of ours lies between.
   */
  private async advanceIdle(session: Session): Promise<void> {
    if (session.ended || this.stopping.signal.aborted) return;
    const page = await this.options.store.readAll({
      after: session.expected,
      maxCount: 1,
      filter: { eventTypes: this.eventTypes },
    });
    const next = page.nextCheckpoint;
    if (page.events.length > 0 || next === undefined) return;
    if (session.expected !== undefined && next <= session.expected) return;
    if (session.ended) return;
    if (!(await compareAndSetCheckpoint(this.options.pool, this.schema, session.expected, next))) {
      // Another runner is ahead: resubscribe from where it is.
      session.ended = true;
      void session.subscription?.stop();
      return;
    }
    session.expected = next;
    this.position = next;
    this.options.onCommit?.(next, 0);
  }

  private inTransaction(work: (client: PoolClient) => Promise<void>): Promise<void> {
    return inTransaction(this.options.pool, work);
  }
}

/** initial, 2×initial, 4×initial … capped at max. */
export function backoffMs(failuresInARow: number, retry: { initialMs: number; maxMs: number }): number {
  return Math.min(retry.maxMs, retry.initialMs * 2 ** Math.max(0, failuresInARow - 1));
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
