import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import Redis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { AFTER_REDIS_DATA_LOSS, findMarkedMethods } from '@giaoviec/platform';
import { ReminderQueue } from '../queues/reminder-queue';
import { ReminderReconciliation } from '../reconciliation/reminder-reconciliation';
import {
  redisCheckEveryMs,
  REMINDERS_WORKER_OPTIONS,
  type RemindersWorkerOptions,
} from '../reminders-worker.options';
import { bullConnection } from '../queues/bull-connection';

/** What one look at Redis found. */
export interface RedisProbe {
  /** `run_id` of INFO server: a new one each time the server process starts. */
  readonly runId: string;
  /** The marker key's value (the run_id it was written under); null when Redis no longer has it. */
  readonly marker: string | null;
  /** The job schedulers the worker keeps that Redis does not hold. */
  readonly missingSchedulers: readonly string[];
}

export type RedisDataVerdict =
  | { readonly heal: false; readonly why: 'intact' | 'restarted_with_data' }
  | { readonly heal: true; readonly why: 'restarted_empty' | 'flushed' | 'schedulers_missing' };

/**
 * Whether Redis lost what the worker keeps there, from a probe and the run_id of the last
 * probe that found it intact. The marker key is written once everything is in place, so its
 * absence means the data went with it: a server restarted without persistence, a FLUSHALL,
 * a fail-over to an empty replica. A restart that kept the marker kept the data (AOF or RDB):
 * nothing to heal. A job scheduler missing beside a marker (removed by hand, evicted) heals too.
 */
export function judgeRedisData(probe: RedisProbe, lastRunId: string): RedisDataVerdict {
  if (probe.marker === null) {
    return { heal: true, why: probe.runId === lastRunId ? 'flushed' : 'restarted_empty' };
  }
  if (probe.missingSchedulers.length > 0) return { heal: true, why: 'schedulers_missing' };
  return { heal: false, why: probe.runId === lastRunId ? 'intact' : 'restarted_with_data' };
}

export type RedisCheckOutcome = RedisDataVerdict & {
  /** `Class.method` of each @AfterRedisDataLoss method that ran, and of those that failed. */
  readonly healed?: readonly string[];
  readonly failed?: readonly string[];
};

interface Healer {
  readonly where: string;
  readonly run: () => Promise<unknown>;
}

const MARKER_KEY = 'redis-data-marker';

/**
 * Heals, without a restart, a Redis that lost its data under a running worker. The hourly
 * reconciliation and the digest are job schedulers stored in Redis, so they go with the data
 * and cannot be what notices the loss: this watch runs on a timer of the process
 * (REDIS_DATA_LOSS_CHECK_SECONDS), and at once when its connection is ready again after a
 * reconnect. It looks for a marker key it wrote and for the reconciliation's job scheduler;
 * when Redis lost them (judgeRedisData) it calls every `@AfterRedisDataLoss()` method of the
 * process (the job schedulers are upserted again, every pending reminder is re-enqueued from
 * the read models, the decision notices not delivered are swept), then writes the marker again.
 * A heal that failed leaves the marker unwritten, so the next check tries again.
 *
 * Nothing is sent twice: reminder job ids are fixed and the job re-reads the task's stream,
 * which records each ReminderSent once, before it sends anything.
 */
@Injectable()
export class RedisDataLossWatch implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RedisDataLossWatch.name);
  private readonly healers: Healer[] = [];
  private client?: Redis;
  private timer?: NodeJS.Timeout;
  private lastRunId = '';
  private checking?: Promise<RedisCheckOutcome>;
  /** The last loss this process saw and what it did about it, for logs and tests. */
  lastHeal?: RedisCheckOutcome & { readonly at: Date };

  constructor(
    readonly discovery: DiscoveryService,
    readonly scanner: MetadataScanner,
    readonly reflector: Reflector,
    private readonly reminders: ReminderQueue,
    private readonly reconciliation: ReminderReconciliation,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REMINDERS_WORKER_OPTIONS) private readonly options: RemindersWorkerOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.healers.push(
      ...findMarkedMethods<true>(AFTER_REDIS_DATA_LOSS, this).map(({ where, call }) => ({
        where,
        run: call,
      })),
    );
    const every = redisCheckEveryMs(this.options, this.config);
    if (every <= 0) return;
    const client = new Redis({
      ...bullConnection(this.config.redis.url),
      // A probe fails at once while Redis is down; the next tick (or 'ready') tries again.
      maxRetriesPerRequest: 1,
      enableOfflineQueue: false,
      lazyConnect: true,
    });
    client.on('error', (error: Error) => this.logger.debug(`Redis watch connection: ${error.message}`));
    await client.connect();
    this.client = client;
    // The start already put everything in place (schedulers upserted, reconciliation at start).
    this.lastRunId = await this.runId();
    await this.writeMarker(this.lastRunId);
    client.on('ready', () => void this.checkLogged());
    this.timer = setInterval(() => void this.checkLogged(), every);
  }

  beforeApplicationShutdown(): void {
    clearInterval(this.timer);
    this.client?.disconnect();
    this.client = undefined;
  }

  /** Looks at Redis once and heals it if it lost the worker's data; one check at a time. */
  check(): Promise<RedisCheckOutcome> {
    this.checking ??= this.checkOnce().finally(() => (this.checking = undefined));
    return this.checking;
  }

  private async checkOnce(): Promise<RedisCheckOutcome> {
    const probe = await this.probe();
    const verdict = judgeRedisData(probe, this.lastRunId);
    if (!verdict.heal) {
      if (verdict.why === 'restarted_with_data') {
        this.logger.log('Redis restarted and kept its data: nothing to heal');
        await this.writeMarker(probe.runId);
        this.lastRunId = probe.runId;
      }
      return verdict;
    }
    this.logger.warn({ why: verdict.why }, 'Redis lost the worker data: restoring schedules and reminders');
    const healed: string[] = [];
    const failed: string[] = [];
    for (const healer of this.healers) {
      try {
        await healer.run();
        healed.push(healer.where);
      } catch (error) {
        failed.push(healer.where);
        this.logger.warn(
          { err: error },
          `${healer.where} after the Redis data loss failed: ${String(error)}`,
        );
      }
    }
    if (failed.length === 0) {
      await this.writeMarker(probe.runId);
      this.lastRunId = probe.runId;
      this.logger.warn({ why: verdict.why, healed }, 'Redis healed: schedules and reminders are back');
    }
    const outcome = { ...verdict, healed, failed };
    this.lastHeal = { ...outcome, at: new Date() };
    return outcome;
  }

  private async checkLogged(): Promise<void> {
    if (!this.client) return;
    try {
      await this.check();
    } catch (error) {
      // Redis still down, or PostgreSQL: the next tick tries again.
      this.logger.debug(`Redis data check failed: ${String(error)}`);
    }
  }

  private async probe(): Promise<RedisProbe> {
    const runId = await this.runId();
    const marker = await this.redis().get(this.markerKey);
    const expected = [this.reconciliation.schedulerId].filter((id): id is string => id !== undefined);
    const missingSchedulers: string[] = [];
    for (const id of expected) {
      if (!(await this.reminders.queue.getJobScheduler(id))) missingSchedulers.push(id);
    }
    return { runId, marker, missingSchedulers };
  }

  private async runId(): Promise<string> {
    const info = await this.redis().info('server');
    return /^run_id:(\S+)/m.exec(info)?.[1] ?? '';
  }

  private async writeMarker(runId: string): Promise<void> {
    await this.redis().set(this.markerKey, runId);
  }

  /** Under the queues' prefix, so each deployment (and each test) has its own. */
  private get markerKey(): string {
    return this.reminders.queue.toKey(MARKER_KEY);
  }

  private redis(): Redis {
    if (!this.client) throw new Error('the Redis data-loss watch is not running');
    return this.client;
  }
}
