import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../queues/job-handlers';
import { QUEUES } from '../queues/queues';

/** A BullMQ worker that hands each job to its one `@OnJob` handler, whatever the queue. */
@Injectable()
export abstract class DispatchingProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlerRegistry) {
    super();
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
