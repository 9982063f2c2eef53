/**
 * `npm run seed`: loads the Huế plans of seeds/data through the same commands the API uses
 * (CommandBus → the context modules' handlers → the event-sourced executor), so the events
 * and the audit trail are the real thing.
 *
 * Idempotent: every command has a deterministic command id (uuid v5 of 'seed:' + a stable
 * key), so the executor answers a repeated command from the stream; and an item that already
 * exists (an agency registered, a plan issued, an indicator defined, a task assigned — by the
 * seed or by anyone) is not sent again. A second run appends no event and says "nothing new".
 * A fact the documents do not give (a plan's number, date of issue or signer, an original
 * target, the amending document's number or date) is recorded as unknown (null) and listed
 * (see seed-operations.ts). Corrections to data already loaded are not replayed: make them through
 * the API (rename, reassign...), so the history shows them.
 *
 * DATABASE_URL (default postgres://postgres@127.0.0.1:5432/giaoviec) and the other settings of
 * the API apply; the database is created when missing.
 */
import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { Client } from 'pg';
import {
  AgencyDirectoryReader,
  agencyDecider,
  agencyStreamId,
  ExecuteAgencyCommand,
} from '@giaoviec/agencies';
import { EVENT_STORE, type EventStore, type GlobalCheckpoint } from '@giaoviec/event-store';
import { DomainRuleViolation } from '@giaoviec/kernel';
import {
  AmendPlanCommand,
  DefineIndicatorCommand,
  ExecutePlanCommand,
  indicatorDecider,
  indicatorStreamId,
  planDecider,
  planStreamId,
} from '@giaoviec/planning';
import { EventSourcedExecutor, type StreamWriteResult } from '@giaoviec/platform';
import {
  AssignTaskCommand,
  ExecuteTaskCommand,
  isAssigned,
  taskDecider,
  taskStreamId,
  type AssignedTasks,
  type AssignedTaskState,
  type TaskAssignedData,
} from '@giaoviec/tasks';
import { SEED_DATA } from './data';
import type { SeedData } from './data/seed-types';
import { seedContext, seedOperations, type SeedOperation, type UnknownFacts } from './seed-operations';
import { SeedModule } from './seed.module';

export interface PlanLoadReport {
  issued: number;
  alreadyIssued: number;
  indicatorsDefined: number;
  indicatorsExisting: number;
  amendmentsRecorded: number;
  amendmentsExisting: number;
  /** Task streams created (a fan-out to 40 communes counts 40). */
  tasksAssigned: number;
  /** Seed task items already assigned (a fan-out counts once). */
  tasksExisting: number;
}

export interface SeedReport {
  agenciesRegistered: number;
  agenciesExisting: number;
  plans: Record<string, PlanLoadReport>;
  eventsAppended: number;
  /** What the documents do not give, recorded as unknown, by plan. */
  unknown: readonly UnknownFacts[];
  warnings: string[];
  failures: { key: string; message: string }[];
}

const emptyPlanReport = (): PlanLoadReport => ({
  issued: 0,
  alreadyIssued: 0,
  indicatorsDefined: 0,
  indicatorsExisting: 0,
  amendmentsRecorded: 0,
  amendmentsExisting: 0,
  tasksAssigned: 0,
  tasksExisting: 0,
});

const appendedBy = (results: readonly StreamWriteResult[]) =>
  results.reduce((n, result) => n + (result.replayed ? 0 : result.events.length), 0);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Loads the seed data into the event store of `app` (a context built on SeedModule or the API's modules). */
export async function loadSeeds(
  app: INestApplicationContext,
  data: SeedData = SEED_DATA,
): Promise<SeedReport> {
  const commandBus = app.get(CommandBus);
  const executor = app.get(EventSourcedExecutor);
  const store = app.get<EventStore>(EVENT_STORE);
  const directory = app.get(AgencyDirectoryReader);
  const { operations, unknown } = seedOperations(data);
  const report: SeedReport = {
    agenciesRegistered: 0,
    agenciesExisting: 0,
    plans: {},
    eventsAppended: 0,
    unknown,
    warnings: [],
    failures: [],
  };
  const planReport = (planId: string) => (report.plans[planId] ??= emptyPlanReport());
  /** Plans the seed must leave alone (issued by someone else under another number, or closed). */
  const untouchable = new Set<string>();
  let leadsByCommand: Map<string, Set<string>> | undefined;
  const communeIds = data.agencies.filter((a) => a.kind === 'commune').map((a) => a.agencyId);

  const run = async (operation: SeedOperation): Promise<void> => {
    const context = seedContext(operation.key);
    switch (operation.kind) {
      case 'register-agency': {
        const { agencyId, name } = operation.command.data;
        const { state } = await executor.load(agencyStreamId(agencyId), agencyDecider);
        if (state.status !== 'unregistered') {
          report.agenciesExisting++;
          if (state.status === 'retired') report.warnings.push(`Agency ${agencyId} is retired.`);
          else if (state.name !== name)
            report.warnings.push(`Agency ${agencyId} is registered as "${state.name}", not "${name}".`);
          return;
        }
        const written: StreamWriteResult = await commandBus.execute(
          new ExecuteAgencyCommand(operation.command, context),
        );
        report.eventsAppended += appendedBy([written]);
        report.agenciesRegistered++;
        return;
      }
      case 'issue-plan': {
        const { planId, number } = operation.command.data;
        const { state } = await executor.load(planStreamId(planId), planDecider);
        if (state.status !== 'not_issued') {
          if (state.number === null && number !== null) {
            // Loaded while the documents gave no number; the data has one now. The plan is the
            // seed's own: its items still load; the number is not rewritten here.
            report.warnings.push(
              `Plan ${planId} was recorded without a number; the data now gives ${number}, which is not recorded by the seed.`,
            );
          } else if (state.number !== number) {
            untouchable.add(planId);
            report.warnings.push(
              `Plan ${planId} is already issued as ${state.number ?? 'a plan without a number'}, ` +
                `not ${number ?? 'without a number'}; its seed items are left out.`,
            );
          } else if (state.status === 'closed') {
            untouchable.add(planId);
            report.warnings.push(`Plan ${planId} is closed; its seed items are left out.`);
          }
          if (state.phases.length === 0 && (operation.command.data.phases?.length ?? 0) > 0) {
            // Loaded before plans had phases; there is no command to add them to an issued plan.
            report.warnings.push(
              `Plan ${planId} was recorded without its phases; the data now gives them, which the seed does not record.`,
            );
          }
          planReport(planId).alreadyIssued++;
          return;
        }
        const written: StreamWriteResult = await commandBus.execute(
          new ExecutePlanCommand(operation.command, context),
        );
        report.eventsAppended += appendedBy([written]);
        planReport(planId).issued++;
        return;
      }
      case 'define-indicator': {
        const { indicatorId, planId } = operation.command.data;
        const { state } = await executor.load(indicatorStreamId(indicatorId), indicatorDecider);
        if (state.status === 'defined') {
          if (state.planId !== planId)
            report.warnings.push(`Indicator ${indicatorId} belongs to plan ${state.planId}, not ${planId}.`);
          planReport(planId).indicatorsExisting++;
          return;
        }
        const written: StreamWriteResult = await commandBus.execute(
          new DefineIndicatorCommand(operation.command, context),
        );
        report.eventsAppended += appendedBy([written]);
        planReport(planId).indicatorsDefined++;
        return;
      }
      case 'amend-plan': {
        // Always sent: the domain recognises an amendment already recorded (same id, same content)
        // and completes one an interrupted run recorded only in part.
        const written: StreamWriteResult[] = await commandBus.execute(
          new AmendPlanCommand(operation.command, context),
        );
        const appended = appendedBy(written);
        report.eventsAppended += appended;
        if (appended > 0) planReport(operation.planId).amendmentsRecorded++;
        else planReport(operation.planId).amendmentsExisting++;
        return;
      }
      case 'assign-task': {
        const { planId, taskId, assignment, target } = operation;
        if (taskId !== null) {
          const { state } = await executor.load(taskStreamId(taskId), taskDecider);
          if (isAssigned(state)) {
            planReport(planId).tasksExisting++;
            if (recordedBeforePeriods(state)) await openFirstPeriod(taskId, operation.key);
            return;
          }
        } else {
          // A fan-out's task ids are derived by the handler: recognise its tasks by their command id.
          // Done when every commune of the seed data that is still active has its task; a commune
          // merged away since is not given one again, and an interrupted fan-out is completed.
          await waitForCommunes(directory, communeIds, report);
          leadsByCommand ??= await leadsOfAssignedTasksByCommand(store);
          const leads = leadsByCommand.get(context.commandId);
          if (leads) {
            const current = await directory.current();
            const pending = communeIds.filter((id) => current[id]?.active && !leads.has(id));
            if (pending.length === 0) {
              planReport(planId).tasksExisting++;
              return;
            }
          }
        }
        const assigned: AssignedTasks = await commandBus.execute(
          new AssignTaskCommand(planId, assignment, target, context),
        );
        report.eventsAppended += appendedBy(assigned.tasks);
        planReport(planId).tasksAssigned += assigned.tasks.filter(
          (t) => !t.replayed && t.events.length > 0,
        ).length;
        return;
      }
    }
  };

  /** A recurring report loaded before periods existed: its first period opens, so it comes due. */
  const openFirstPeriod = async (taskId: string, key: string): Promise<void> => {
    const written: StreamWriteResult = await commandBus.execute(
      new ExecuteTaskCommand(
        { type: 'OpenRecurringPeriod', data: { taskId } },
        seedContext(`${key}:open-recurring-period`),
      ),
    );
    report.eventsAppended += appendedBy([written]);
  };

  for (const operation of operations) {
    if ('planId' in operation && untouchable.has(operation.planId)) continue;
    try {
      await run(operation);
    } catch (error) {
      if (!(error instanceof DomainRuleViolation)) throw error;
      report.failures.push({ key: operation.key, message: `${error.rule}: ${error.message}` });
    }
  }
  return report;
}

/** Recurring, open, and no period ever opened: assigned by an earlier version of the seed. */
function recordedBeforePeriods(task: AssignedTaskState): boolean {
  return (
    task.recurrence !== null &&
    task.periodInHand === null &&
    task.periodReports.length === 0 &&
    !task.recurrenceEnded &&
    (task.status === 'assigned' || task.status === 'in_progress')
  );
}

/** The lead agencies of the TaskAssigned events of each command (read once per run, only when a fan-out is due). */
async function leadsOfAssignedTasksByCommand(store: EventStore): Promise<Map<string, Set<string>>> {
  const leads = new Map<string, Set<string>>();
  let after: GlobalCheckpoint | undefined;
  for (;;) {
    const { events, nextCheckpoint } = await store.readAll({
      after,
      maxCount: 1000,
      filter: { streamPrefixes: [taskStreamId('')], eventTypes: ['TaskAssigned'] },
    });
    for (const event of events) {
      const { leadAgencyId } = event.data as TaskAssignedData;
      const ofCommand = leads.get(event.metadata.commandId) ?? new Set<string>();
      leads.set(event.metadata.commandId, ofCommand.add(leadAgencyId));
    }
    const moved = nextCheckpoint !== undefined && nextCheckpoint !== after;
    if (nextCheckpoint !== undefined) after = nextCheckpoint;
    if (events.length === 0 && !moved) return leads;
  }
}

/**
 * The fan-out reads the communes from the agency directory, which follows the global log:
 * wait until it shows the communes this run registered, so none is left without its task.
 */
async function waitForCommunes(
  directory: AgencyDirectoryReader,
  communeIds: readonly string[],
  report: SeedReport,
): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const current = await directory.current();
    const missing = communeIds.filter((id) => !current[id]);
    if (missing.length === 0) return;
    if (attempt === 99) {
      report.warnings.push(`The agency directory does not show the communes ${missing.join(', ')} yet.`);
      return;
    }
    await sleep(100);
  }
}

/** What the run did, for a person at a terminal. */
export function formatSeedReport(report: SeedReport, data: SeedData = SEED_DATA): string[] {
  const lines: string[] = [];
  const communes = data.agencies.filter((a) => a.kind === 'commune').length;
  lines.push(
    `Agencies: ${data.agencies.length - communes} agencies and ${communes} communes in the seed data; ` +
      `${report.agenciesRegistered} registered now, ${report.agenciesExisting} already there.`,
  );
  for (const plan of data.plans) {
    const loaded = report.plans[plan.planId];
    if (!loaded) continue;
    const label = `Plan ${plan.number ?? plan.planId} (${plan.planId})`;
    const state = loaded.issued > 0 ? 'issued now' : 'already issued';
    lines.push(
      `${label}: ${state}; indicators ${loaded.indicatorsDefined} defined now, ${loaded.indicatorsExisting} already there; ` +
        `amendments ${loaded.amendmentsRecorded} recorded now, ${loaded.amendmentsExisting} already there; ` +
        `tasks ${loaded.tasksAssigned} assigned now, ${loaded.tasksExisting} seed items already there.`,
    );
  }
  for (const item of report.unknown) {
    lines.push(`Plan ${item.planId}: recorded as unknown: ${item.facts.join('; ')}.`);
  }
  for (const warning of report.warnings) lines.push(`Warning: ${warning}`);
  for (const failure of report.failures) lines.push(`Refused ${failure.key}: ${failure.message}`);
  lines.push(
    report.eventsAppended === 0
      ? 'Nothing new: every seed item that can be loaded was already there (no event appended).'
      : `${report.eventsAppended} events appended.`,
  );
  return lines;
}

/** Creates the database when it does not exist yet (as scripts/start.js does). */
async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
      process.stdout.write(`Created database ${name}\n`);
    }
  } catch (error) {
    // Created by someone else in the meantime: all we need.
    if ((error as { code?: string }).code !== '42P04') throw error;
  } finally {
    await client.end();
  }
}

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/giaoviec';
  await ensureDatabase(databaseUrl);
  const app = await NestFactory.createApplicationContext(
    SeedModule.withConfig({ DATABASE_URL: databaseUrl }),
    {
      logger: ['error', 'warn'],
    },
  );
  try {
    const schema = process.env.DATABASE_SCHEMA;
    const target = `${new URL(databaseUrl).pathname.slice(1)}${schema ? ` (schema ${schema})` : ''}`;
    process.stdout.write(`Loading the Huế seed plans into ${target}...\n`);
    const report = await loadSeeds(app);
    for (const line of formatSeedReport(report)) process.stdout.write(`${line}\n`);
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await app.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
