import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../queues/job-handlers';
import { QUEUES } from '../queues/queues';

/** A BullMQ worker that hands each job to its one `@OnJob` handler, whatever the queue. */
@Injectable()
export abstract class DispatchingProcessor extends WorkerHost {
  private readonly logger = new Logger(DispatchingProcessor.name);

  constructor(private readonly handlers: JobHandlerRegistry) {
    super();
  }

  /**
   * BullMQ's own errors, e.g. a job whose keys went with a Redis that lost its data while it
   * ran: logged, not thrown as an unhandled 'error' event; RedisDataLossWatch puts the job back.
   */
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    this.logger.warn({ err: error }, `Queue worker error: ${error.message}`);
  }

  process(job: Job): Promise<unknown> {
    return this.handlers.handlerFor(job.name)(job.data, job);
  }
}

/** The worker of the reminders queue. */
@Processor(QUEUES.reminders, { concurrency: 5 })
export class RemindersProcessor extends DispatchingProcessor {}

/** The worker of the decision notices queue. */
@Processor(QUEUES.notices, { concurrency: 5 })
export class NoticesProcessor extends DispatchingProcessor {}
