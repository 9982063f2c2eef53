import { Injectable, OnModuleInit, SetMetadata } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { findMarkedMethods } from '@giaoviec/platform';
import { JOB_NAMES, type JobName, type JobPayloads } from './queues';

const ON_JOB = Symbol('ON_JOB');

/** The job a method handles; it receives the job's payload and its id. */
export const OnJob = (name: JobName): MethodDecorator => SetMetadata(ON_JOB, name);

export type JobHandler<Name extends JobName = JobName> = (
  payload: JobPayloads[Name],
  job: { readonly id?: string; readonly attemptsMade: number },
) => Promise<unknown>;

export interface FoundHandler {
  readonly jobName: string;
  /** `Class.method`, for the error message. */
  readonly where: string;
}

/** Throws, naming them, when a declared job has no handler or several, or a handler names no declared job. */
export function assertEveryJobHandledOnce(declared: readonly string[], found: readonly FoundHandler[]): void {
  const problems: string[] = [];
  for (const name of declared) {
    const handlers = found.filter((h) => h.jobName === name);
    if (handlers.length === 0) problems.push(`job '${name}' has no handler`);
    if (handlers.length > 1)
      problems.push(
        `job '${name}' has ${handlers.length} handlers (${handlers.map((h) => h.where).join(', ')})`,
      );
  }
  for (const handler of found) {
    if (!declared.includes(handler.jobName))
      problems.push(`${handler.where} handles undeclared job '${handler.jobName}'`);
  }
  if (problems.length > 0) {
    throw new Error(
      `The worker cannot start: ${problems.join('; ')}. Declare jobs and their handlers in libs/reminders/src/queues.`,
    );
  }
}

/**
 * Finds the `@OnJob` methods at module init and refuses to boot unless every declared job has
 * exactly one; the queue processors dispatch through it.
 */
@Injectable()
export class JobHandlerRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler>();
  constructor(
    readonly discovery: DiscoveryService,
    readonly scanner: MetadataScanner,
    readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const found = findMarkedMethods<string>(ON_JOB, this).map(({ mark, where, call }) => ({
      jobName: mark,
      where,
      handler: call as JobHandler,
    }));
    assertEveryJobHandledOnce(JOB_NAMES, found);
    for (const { jobName, handler } of found) this.handlers.set(jobName, handler);
  }

  handlerFor(jobName: string): JobHandler {
    const handler = this.handlers.get(jobName);
    if (!handler) throw new Error(`No handler for job '${jobName}'`);
    return handler;
  }
}
