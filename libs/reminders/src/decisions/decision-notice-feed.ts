import { InjectQueue } from '@nestjs/bullmq';
import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import type { Pool } from 'pg';
import { EVENT_STORE, type EventStore, type GlobalCheckpoint } from '@giaoviec/event-store';
import { APP_CONFIG, type AppConfig } from '@giaoviec/config';
import { AfterRedisDataLoss, PG_POOL } from '@giaoviec/platform';
import { TASK_STREAM_CATEGORY } from '@giaoviec/tasks';
import { decisionNoticeJobId, QUEUES, type DecisionNoticeJob } from '../queues/queues';
import {
  reconcileEveryMs,
  REMINDERS_WORKER_OPTIONS,
  type RemindersWorkerOptions,
} from '../reminders-worker.options';
import { CheckpointedFollower } from '../scheduler/checkpointed-follower';
import { DECISION_EVENT_TYPES } from './decision-notice';
import { acceptDecisionNotices, acceptedNoticeOf, pendingDecisionNotices } from './decision-outbox';

export const DECISION_NOTICES_CHECKPOINT = 'decision-notices';

/**
 * Follows the log for the decisions a lead agency waits for and accepts each into
 * decision_notices, in the transaction that moves its own checkpoint (not the projections':
 * a mail server down never holds a read model back). Then one BullMQ job per notice, its id
 * the notice's, sends it (DecisionNoticeHandler), retried with backoff.
 *
 * Nothing accepted is lost: a crash before COMMIT reads the batch again (the insert ignores
 * what is there); a crash between COMMIT and the enqueue, a Redis that lost its jobs or a job
 * that failed for good is made up by the sweep (at start, every `reconcileEveryMs` and as
 * soon as the worker sees that Redis lost its data), which enqueues again, or retries, every
 * notice not delivered. A notice may go out twice (sent, then the worker died before
 * recording it): the webhook id says it is the same one.
 *
 * The first time it runs it starts at the head of the log, not its beginning: the decisions
 * taken before were told in-app when they were taken, and e-mailing months of them at once
 * would bury the ones that matter today. From then on its checkpoint carries it.
 */
@Injectable()
export class DecisionNoticeFeed implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DecisionNoticeFeed.name);
  private readonly follower: CheckpointedFollower;
  private sweeper?: NodeJS.Timeout;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(REMINDERS_WORKER_OPTIONS) private readonly options: RemindersWorkerOptions,
    @InjectQueue(QUEUES.notices) private readonly queue: Queue<DecisionNoticeJob>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.follower = new CheckpointedFollower(store, pool, {
      name: DECISION_NOTICES_CHECKPOINT,
      filter: { streamPrefixes: [`${TASK_STREAM_CATEGORY}-`], eventTypes: DECISION_EVENT_TYPES },
      batchSize: 100,
      retryMs: options.schedulerRetryMs ?? 200,
      firstStart: () => store.headCheckpoint(),
      apply: (events, client) => acceptDecisionNotices(client, events.map(acceptedNoticeOf)),
      afterCommit: (events) => this.enqueue(events.map((e) => acceptedNoticeOf(e).noticeId)),
      logger: this.logger,
    });
  }

  get checkpoint(): GlobalCheckpoint | undefined {
    return this.follower.checkpoint;
  }

  onApplicationBootstrap(): void {
    this.follower.start();
    if (this.options.reconcileAtStart !== false) void this.sweepLogged();
    const every = reconcileEveryMs(this.options, this.config);
    if (every > 0) this.sweeper = setInterval(() => void this.sweepLogged(), every);
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.sweeper);
    await this.follower.stop();
  }

  /** Enqueues every notice not delivered yet, and retries the jobs of those that failed for good. */
  @AfterRedisDataLoss()
  async sweep(): Promise<{ enqueued: number; retried: number }> {
    const pending = await pendingDecisionNotices(this.pool);
    let retried = 0;
    for (const { noticeId } of pending) {
      const job = (await this.queue.getJob(decisionNoticeJobId(noticeId))) as Job | undefined;
      if (job && (await job.getState()) === 'failed') {
        await job.retry('failed');
        retried++;
      }
    }
    await this.enqueue(pending.map((n) => n.noticeId));
    return { enqueued: pending.length, retried };
  }

  /** Idempotent: BullMQ ignores an id it holds, waiting, running or finished. */
  private async enqueue(noticeIds: readonly string[]): Promise<void> {
    for (const noticeId of noticeIds) {
      await this.queue.add('decision-notice', { noticeId }, { jobId: decisionNoticeJobId(noticeId) });
    }
  }

  private async sweepLogged(): Promise<void> {
    try {
      const { enqueued, retried } = await this.sweep();
      if (enqueued > 0)
        this.logger.log(`Decision notices not delivered yet: ${enqueued} (${retried} retried)`);
    } catch (error) {
      this.logger.warn({ err: error }, `Sweeping the decision notices failed: ${String(error)}`);
    }
  }
}
