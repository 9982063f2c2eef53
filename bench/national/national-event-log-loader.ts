import type { Pool } from 'pg';
import { PostgresEventStore, PostgresEventStoreTables } from '@giaoviec/event-store';
import { runMigrations } from '@giaoviec/platform';
import { copyIntoEventStore, eventLines, rawCopy, rawCopyTableSql } from './event-log-copy';
import { directoryRows, taskRows, type EventLogRow } from './national-event-log';

const TASKS_PER_CHUNK = 5_000;
const RAW_COPY_TABLE = 'bench_raw_event_copy';

/** How much of the national log is in the store, and what COPYing the same rows raw took. */
export interface NationalLogSize {
  readonly events: number;
  readonly tasks: number;
  readonly rawCopyRows: number;
  readonly rawCopyMs: number;
}

/**
 * The national data set in the event store of one benchmark schema, grown on demand (100k
 * events, then 1M events, then 1M tasks under --full). Each chunk of generated rows is
 * COPYed twice: into the event store's tables, and, timed, into a plain table of the same
 * columns: the baseline the projection catch-up is compared with.
 */
export class NationalEventLog {
  private events = 0;
  private tasks = 0;
  private rawCopyRows = 0;
  private rawCopyMs = 0;

  private constructor(
    readonly pool: Pool,
    readonly store: PostgresEventStore,
    private readonly tables: PostgresEventStoreTables,
  ) {}

  static async create(pool: Pool, schema: string): Promise<NationalEventLog> {
    // The schema as the app leaves it: its tables, then the event store's.
    await runMigrations(pool);
    const store = await PostgresEventStore.create(pool, { schema });
    await pool.query(rawCopyTableSql(`${schema}.${RAW_COPY_TABLE}`));
    const log = new NationalEventLog(pool, store, new PostgresEventStoreTables(schema, 'es_'));
    await log.append(directoryRows(), `${schema}.${RAW_COPY_TABLE}`);
    return log;
  }

  get size(): NationalLogSize {
    return {
      events: this.events,
      tasks: this.tasks,
      rawCopyRows: this.rawCopyRows,
      rawCopyMs: this.rawCopyMs,
    };
  }

  /** Adds whole tasks until the log holds at least `events` events and `tasks` tasks. */
  async growTo(target: { events?: number; tasks?: number }, log: (message: string) => void): Promise<void> {
    let reported = Date.now();
    while (this.events < (target.events ?? 0) || this.tasks < (target.tasks ?? 0)) {
      // About 2.7 events a task: aim at the event target without overshooting it by a whole chunk.
      const forEvents = Math.ceil(((target.events ?? 0) - this.events) / 2.7);
      const forTasks = (target.tasks ?? 0) - this.tasks;
      const count = Math.min(TASKS_PER_CHUNK, Math.max(1, forEvents, forTasks));
      await this.append(taskRows(this.tasks, count), `${this.tables.schema}.${RAW_COPY_TABLE}`);
      this.tasks += count;
      if (Date.now() - reported > 10_000) {
        reported = Date.now();
        log(`  … ${this.events.toLocaleString('en')} events, ${this.tasks.toLocaleString('en')} tasks`);
      }
    }
  }

  private async append(rows: readonly EventLogRow[], rawTable: string): Promise<void> {
    const lines = eventLines(rows);
    await copyIntoEventStore(this.pool, this.tables, rows, lines);
    this.rawCopyMs += await rawCopy(this.pool, rawTable, lines);
    this.rawCopyRows += rows.length;
    this.events += rows.length;
  }
}
