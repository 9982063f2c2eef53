import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Pool } from 'pg';
import type { Clock } from '@giaoviec/kernel';
import { CLOCK, PG_POOL } from '@giaoviec/platform';
import { OnJob } from '../queues/job-handlers';
import type { DecisionNoticeJob } from '../queues/queues';
import { DecisionNoticeReader } from './decision-notice.reader';
import { DecisionNotifier } from './decision-notifier';
import { countDeliveryAttempt, findDecisionNotice, recordDecisionNoticeDelivered } from './decision-outbox';

export type DecisionNoticeOutcome =
  | { readonly sent: true; readonly channels: readonly string[] }
  | { readonly sent: false; readonly skipped: string };

/**
 * Sends one accepted decision notice, then records it delivered. A failed channel throws and
 * BullMQ retries with backoff; a worker dying after sending but before recording sends it
 * again on the retry (same webhook id), and the record is made once. Once recorded, a job
 * added again (sweep, replay) sends nothing.
 */
@Injectable()
export class DecisionNoticeHandler {
  private readonly logger = new Logger(DecisionNoticeHandler.name);

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly reader: DecisionNoticeReader,
    private readonly notifier: DecisionNotifier,
  ) {}

  @OnJob('decision-notice')
  async handle(job: DecisionNoticeJob): Promise<DecisionNoticeOutcome> {
    const accepted = await findDecisionNotice(this.pool, job.noticeId);
    if (!accepted) return this.skip(job.noticeId, 'not_accepted');
    if (accepted.deliveredAt) return this.skip(job.noticeId, 'already_delivered');
    await countDeliveryAttempt(this.pool, job.noticeId);
    const notice = await this.reader.read(accepted);
    if (!notice) return this.skip(job.noticeId, 'decision_not_in_log');
    const report = await this.notifier.deliver(notice);
    await recordDecisionNoticeDelivered(this.pool, job.noticeId, report, this.clock.now());
    return { sent: true, channels: report.channels };
  }

  private skip(noticeId: string, reason: string): DecisionNoticeOutcome {
    this.logger.log({ noticeId, reason }, 'Decision notice: nothing sent');
    return { sent: false, skipped: reason };
  }
}
