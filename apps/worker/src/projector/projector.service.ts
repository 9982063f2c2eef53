import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore, type GlobalCheckpoint } from '@giaoviec/event-store';
import { PG_POOL } from '@giaoviec/platform';
import {
  PROJECTION_ENGINE_OPTIONS,
  ProjectionCatalog,
  type ProjectionEngineOptions,
  ProjectionRunner,
  type ReadModelGeneration,
  ReadModelGenerations,
} from '@giaoviec/reporting';

const DEFAULT_SWITCH_POLL_MS = 1000;

/**
 * The projector: keeps the live read-model generation current from the global log, and
 * moves to the new live generation within about a second after a rebuild switched it.
 * Several workers may run it at once: the runner's compare-and-set checkpoint lets only
 * one of them apply each batch.
 */
@Injectable()
export class ProjectorService
  implements OnApplicationBootstrap, BeforeApplicationShutdown, OnApplicationShutdown
{
  private readonly logger = new Logger(ProjectorService.name);
  private current?: { readonly generation: ReadModelGeneration; readonly runner: ProjectionRunner };
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;
  private stopped = false;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly generations: ReadModelGenerations,
    private readonly catalog: ProjectionCatalog,
    @Inject(PROJECTION_ENGINE_OPTIONS) private readonly options: ProjectionEngineOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const projections = this.catalog.all();
    if (projections.length === 0) {
      this.logger.warn('No projections are registered (PROJECTIONS): the projector stays idle');
      return;
    }
    this.follow(await this.generations.live());
    this.timer = setInterval(
      () => void this.checkForSwitch(),
      this.options.switchPollMs ?? DEFAULT_SWITCH_POLL_MS,
    );
    this.timer.unref();
  }

  /** The generation it keeps and how far it is (undefined: idle). */
  status(): { generation: number; schema: string; checkpoint: GlobalCheckpoint | undefined } | undefined {
    const current = this.current;
    return (
      current && {
        generation: current.generation.generation,
        schema: current.generation.schema,
        checkpoint: current.runner.checkpoint,
      }
    );
  }

  /** Looks at which generation is live; follows a new one. Exposed so tests need not wait for the timer. */
  checkForSwitch(): Promise<void> {
    this.checking ??= (async () => {
      try {
        if (this.stopped || !this.current) return;
        const live = await this.generations.live();
        if (live.generation === this.current.generation.generation || this.stopped) return;
        this.logger.log(
          { from: this.current.generation.generation, to: live.generation },
          'The live read-model generation changed: projecting into the new one',
        );
        await this.current.runner.stop();
        if (!this.stopped) this.follow(live);
      } catch (error) {
        this.logger.warn({ err: error }, 'Could not check which read-model generation is live');
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  /** Stops before the pool and the event store close (they close in onApplicationShutdown). */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.checking;
    await this.current?.runner.stop();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.beforeApplicationShutdown();
  }

  private follow(generation: ReadModelGeneration): void {
    const runner = new ProjectionRunner({
      store: this.store,
      pool: this.pool,
      schema: generation.schema,
      projections: this.catalog.all(),
      batchSize: this.options.batchSize,
      idleAdvanceMs: this.options.idleAdvanceMs,
      retry: this.options.retry,
      logger: new Logger(`Projector ${generation.schema}`),
    }).start();
    this.current = { generation, runner };
    this.logger.log(
      { generation: generation.generation, schema: generation.schema },
      'Projecting the read models',
    );
  }
}
