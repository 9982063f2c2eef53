import { Injectable } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { assertEveryJobHandledOnce, JobHandlerRegistry, OnJob } from './job-handlers';
import { JOB_NAMES } from './queues';

@Injectable()
class Reminders {
  @OnJob('task-reminder')
  remind(): Promise<string> {
    return Promise.resolve('reminded');
  }
}

@Injectable()
class Reconciliation {
  @OnJob('reconcile-reminders')
  reconcile(): Promise<string> {
    return Promise.resolve('reconciled');
  }
}

@Injectable()
class DecisionNotices {
  @OnJob('decision-notice')
  send(): Promise<string> {
    return Promise.resolve('sent');
  }
}

@Injectable()
class SecondReminders {
  @OnJob('task-reminder')
  alsoRemind(): Promise<void> {
    return Promise.resolve();
  }
}

const boot = async (providers: Array<new () => object>) => {
  const module = await Test.createTestingModule({
    imports: [DiscoveryModule],
    providers: [JobHandlerRegistry, ...providers],
  }).compile();
  await module.init();
  return module;
};

describe('the job declarations and their handlers', () => {
  it('declares the reminder, the reconciliation and the decision notice jobs', () => {
    expect(JOB_NAMES).toEqual(['task-reminder', 'reconcile-reminders', 'decision-notice']);
  });

  it('boots when every declared job has exactly one handler, and dispatches to it', async () => {
    const module = await boot([Reminders, Reconciliation, DecisionNotices]);
    const registry = module.get(JobHandlerRegistry);
    await expect(registry.handlerFor('task-reminder')({} as never, { attemptsMade: 0 })).resolves.toBe(
      'reminded',
    );
    await expect(registry.handlerFor('reconcile-reminders')({}, { attemptsMade: 0 })).resolves.toBe(
      'reconciled',
    );
    expect(() => registry.handlerFor('unknown')).toThrow("No handler for job 'unknown'");
    await module.close();
  });

  it('refuses to boot when a job has no handler', async () => {
    await expect(boot([Reminders])).rejects.toThrow(
      "The worker cannot start: job 'reconcile-reminders' has no handler",
    );
  });

  it('refuses to boot when a job has two handlers', async () => {
    await expect(boot([Reminders, SecondReminders, Reconciliation, DecisionNotices])).rejects.toThrow(
      "job 'task-reminder' has 2 handlers (Reminders.remind, SecondReminders.alsoRemind)",
    );
  });

  it('refuses a handler of a job nobody declared', () => {
    expect(() =>
      assertEveryJobHandledOnce(
        ['a'],
        [
          { jobName: 'a', where: 'A.a' },
          { jobName: 'b', where: 'B.b' },
        ],
      ),
    ).toThrow("B.b handles undeclared job 'b'");
  });
});
