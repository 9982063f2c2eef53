import { Worker, type ConnectionOptions, type Job, type WorkerOptions } from 'bullmq';
import { WORKER_METADATA } from '@nestjs/bullmq/dist/bull.constants';
import { QUEUES, type TaskReminderJob } from '@giaoviec/reminders';
import { RemindersProcessor } from '../libs/reminders/src/processor/reminders.processor';

/** The worker options the app's reminders processor declares (`@Processor(…, { concurrency })`). */
export function appWorkerOptions(): WorkerOptions {
  const declared = Reflect.getMetadata(WORKER_METADATA, RemindersProcessor) as WorkerOptions | undefined;
  if (typeof declared?.concurrency !== 'number') {
    throw new Error('RemindersProcessor declares no worker concurrency: where did @Processor options go?');
  }
  return declared;
}

export interface BurstRun {
  readonly worker: Worker;
  /** Resolves with each job's lateness once `expected` distinct jobs have run; rejects at `timeoutMs`. */
  readonly ran: Promise<Float64Array>;
  /** Stops the worker and the timeout, whatever state the run is in. */
  close(): Promise<void>;
}

/**
 * A real BullMQ worker on the reminders queue, with the app's connection and worker options,
 * whose handler records when each job started against the instant it was due and does nothing
 * else. So it measures the queue's promotion of delayed jobs and their dispatch (what the
 * scheduler controls), not the sending of a reminder (the command benchmark's business).
 */
export function startBurstWorker(options: {
  connection: ConnectionOptions;
  prefix: string;
  expected: number;
  dueAtMs: (job: TaskReminderJob) => number;
  timeoutMs: number;
}): BurstRun {
  const latenessMs = new Float64Array(options.expected);
  const seen = new Set<string>();
  let settle: { resolve: (lateness: Float64Array) => void; reject: (error: Error) => void } | undefined;
  const ran = new Promise<Float64Array>((resolve, reject) => (settle = { resolve, reject }));
  const timeout = setTimeout(() => {
    settle?.reject(
      new Error(`only ${seen.size} of ${options.expected} reminders ran within ${options.timeoutMs} ms`),
    );
  }, options.timeoutMs);
  const worker = new Worker(
    QUEUES.reminders,
    (job: Job<TaskReminderJob>) => {
      const lateness = Date.now() - options.dueAtMs(job.data);
      if (job.id === undefined || seen.has(job.id) || seen.size >= options.expected) {
        settle?.reject(new Error(`job ${String(job.id)} ran twice, or more jobs ran than were scheduled`));
      } else {
        latenessMs[seen.size] = lateness;
        seen.add(job.id);
        if (seen.size === options.expected) {
          clearTimeout(timeout);
          settle?.resolve(latenessMs);
        }
      }
      return Promise.resolve();
    },
    { ...appWorkerOptions(), connection: options.connection, prefix: options.prefix },
  );
  worker.on('error', (error) => settle?.reject(error));
  ran.catch(() => clearTimeout(timeout));
  return {
    worker,
    ran,
    close: async () => {
      clearTimeout(timeout);
      await worker.close(true);
    },
  };
}
