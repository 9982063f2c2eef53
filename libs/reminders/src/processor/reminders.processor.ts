import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobHandlerRegistry } from '../queues/job-handlers';
import { QUEUES } from '../queues/queues';

/** The BullMQ worker of the reminders queue: hands each job to its one `@OnJob` handler. */
@Processor(QUEUES.reminders, { concurrency: 5 })
export class RemindersProcessor extends WorkerHost {
  constructor(private readonly handlers: JobHandlerRegistry) {
    super();
  }

  process(job: Job): Promise<unknown> {
    return this.handlers.handlerFor(job.name)(job.data, job);
  }
}
