/**
 * `npm run seed:demo` — DEMO ONLY: the demo accounts (one per role, one shared password) and
 * a little demo activity on the seeded plans (tasks marked "[Minh họa]", due dates relative
 * to today, some acknowledged, reported on, overdue and escalated). Run after `npm run seed`.
 * Idempotent like the seed: every command has a deterministic id, and existing users and
 * tasks are left alone.
 */
import 'reflect-metadata';
import { Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { v5 as uuidv5 } from 'uuid';
import { IdentityCommandsModule, RegisterUserCommand, userDecider, userStreamId } from '@giaoviec/identity';
import { localDateAt, systemClock, type Actor, type LocalDate } from '@giaoviec/kernel';
import { planDecider, planStreamId } from '@giaoviec/planning';
import { EventSourcedExecutor, type CommandContext } from '@giaoviec/platform';
import {
  AssignTaskCommand,
  ExecuteTaskCommand,
  isAssigned,
  taskDecider,
  taskStreamId,
  type TaskCommand,
} from '@giaoviec/tasks';
import { SeedModule } from '../seed.module';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, demoAccount } from './demo-accounts';
import { DEMO_PLAN_ID, DEMO_TASKS, dueDateOf } from './demo-activity';

const DEMO_NAMESPACE = '4d6f1c2a-9b8e-4f3d-a7c6-5e2b1d0f9a83';
const DEMO_CORRELATION_ID = uuidv5('demo', DEMO_NAMESPACE);
const STANDING_OFFICE_ACTOR = 'demo-thuong-truc';

function demoContext(key: string, actor: Actor): CommandContext {
  const commandId = uuidv5(`demo:${key}`, DEMO_NAMESPACE);
  return { actor, commandId, causationId: commandId, correlationId: DEMO_CORRELATION_ID };
}

const actorOf = (userId: string): Actor => {
  const { agencyId, role } = demoAccount(userId);
  return { userId, agencyId, role };
};

/** The seed's modules plus the identity commands (for the accounts). */
@Module({})
export class DemoModule {
  static withConfig(configOverrides: Record<string, string> = {}): DynamicModule {
    return { module: DemoModule, imports: [SeedModule.withConfig(configOverrides), IdentityCommandsModule] };
  }
}

/** Loads what is missing of the demo data; answers one line per thing loaded (none on a rerun). */
export async function loadDemo(app: INestApplicationContext, today: LocalDate): Promise<string[]> {
  const commandBus = app.get(CommandBus);
  const executor = app.get(EventSourcedExecutor);
  const lines: string[] = [];
  const system: Actor = { userId: 'system:demo', agencyId: 'van-phong-ubnd', role: 'system' };
  for (const account of DEMO_ACCOUNTS) {
    const { version } = await executor.load(userStreamId(account.userId), userDecider);
    if (version > 0) continue;
    const { userId, ...registration } = account;
    await commandBus.execute(
      new RegisterUserCommand(
        { userId, ...registration, password: DEMO_PASSWORD },
        demoContext(`user:${userId}`, system),
      ),
    );
    lines.push(`demo account ${account.username} (${account.role}, ${account.agencyId})`);
  }

  const { state: plan } = await executor.load(planStreamId(DEMO_PLAN_ID), planDecider);
  if (plan.status === 'not_issued')
    throw new Error(`Plan ${DEMO_PLAN_ID} is not loaded: run npm run seed first.`);
  for (const task of DEMO_TASKS) {
    const { state } = await executor.load(taskStreamId(task.taskId), taskDecider);
    if (isAssigned(state)) continue;
    const run = (key: string, by: string, command: Exclude<TaskCommand, { type: 'AssignTask' }>) =>
      commandBus.execute(new ExecuteTaskCommand(command, demoContext(`${task.taskId}:${key}`, actorOf(by))));
    await commandBus.execute(
      new AssignTaskCommand(
        DEMO_PLAN_ID,
        {
          taskId: task.taskId,
          code: null,
          title: task.title,
          coordinatingAgencyIds: task.coordinatingAgencyIds ?? [],
          dueDate: dueDateOf(task, today),
          recurrence: null,
          // The demo shows tasks already overdue, as if entered after the fact.
          backdated: task.dueInDays < 0,
        },
        { leadAgencyId: task.leadAgencyId },
        demoContext(`${task.taskId}:assign`, actorOf(STANDING_OFFICE_ACTOR)),
      ),
    );
    if (task.acknowledgedBy) {
      await run('acknowledge', task.acknowledgedBy, {
        type: 'AcknowledgeTask',
        data: { taskId: task.taskId },
      });
    }
    if (task.progress) {
      const { by, summary, percentComplete } = task.progress;
      await run('progress', by, {
        type: 'ReportProgress',
        data: { taskId: task.taskId, reportId: `${task.taskId}-bao-cao-1`, summary, percentComplete },
      });
    }
    if (task.coordination) {
      const { acknowledgedBy, contribution } = task.coordination;
      await run('coordination', acknowledgedBy, {
        type: 'AcknowledgeCoordination',
        data: { taskId: task.taskId },
      });
      if (contribution) {
        await run('contribution', acknowledgedBy, {
          type: 'ReportContribution',
          data: { taskId: task.taskId, reportId: `${task.taskId}-phoi-hop-1`, ...contribution },
        });
      }
    }
    if (task.escalate) {
      await run('escalate', STANDING_OFFICE_ACTOR, {
        type: 'EscalateTask',
        data: {
          taskId: task.taskId,
          level: 'standing_office',
          reason: '[Minh họa] Quá hạn, chưa hoàn thành',
        },
      });
    }
    lines.push(`demo task ${task.taskId} (due ${dueDateOf(task, today)})`);
  }
  return lines;
}

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(DemoModule.withConfig(), {
    logger: ['error', 'warn'],
  });
  try {
    const lines = await loadDemo(app, localDateAt(systemClock.now()));
    process.stdout.write(
      lines.length === 0
        ? 'Demo data: nothing new (already loaded).\n'
        : `Demo data loaded (DEMO ONLY, password "${DEMO_PASSWORD}"):\n  - ${lines.join('\n  - ')}\n`,
    );
  } finally {
    await app.close();
  }
}

// Run only as a script (npm run seed:demo), not when a test imports loadDemo.
if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
