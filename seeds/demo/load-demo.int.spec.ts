import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { EVENT_STORE, type EventStore } from '@giaoviec/event-store';
import { localDateAt } from '@giaoviec/kernel';
import { EventSourcedExecutor } from '@giaoviec/platform';
import { isAssigned, isTaskOverdue, taskDecider, taskStreamId } from '@giaoviec/tasks';
import { TEST_DATABASE_URL } from '../../test/support/test-database-url';
import { loadSeeds } from '../load-seeds';
import { DEMO_ACCOUNTS, demoAccount } from './demo-accounts';
import { DEMO_TASKS } from './demo-activity';
import { DemoModule, loadDemo } from './load-demo';
import { testAppEnvironment } from '../../test/support/test-app-environment';

/** What `npm start` loads after the seed plans: demo accounts and activity, once. */
describe('demo data (npm run seed:demo) against PostgreSQL', () => {
  const schema = `demo_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  // The executor decides with the system clock, so the demo's dates are relative to the real today.
  const today = localDateAt(new Date());
  let app: INestApplicationContext;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(
      DemoModule.withConfig({
        ...testAppEnvironment(schema),
      }),
      { logger: false },
    );
    await loadSeeds(app);
  });

  afterAll(async () => {
    await app?.close();
    const pool = new Pool({ connectionString: TEST_DATABASE_URL, max: 1 });
    await pool.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await pool.end();
  });

  it('registers one account per role and leaves overdue, reported and escalated tasks, once', async () => {
    const store = app.get<EventStore>(EVENT_STORE);
    const first = await loadDemo(app, today);
    expect(first).toHaveLength(DEMO_ACCOUNTS.length + DEMO_TASKS.length);
    const head = await store.headCheckpoint();

    expect(await loadDemo(app, today)).toEqual([]);
    expect(await store.headCheckpoint()).toBe(head);

    const executor = app.get(EventSourcedExecutor);
    const states = await Promise.all(
      DEMO_TASKS.map(async (task) => (await executor.load(taskStreamId(task.taskId), taskDecider)).state),
    );
    const overdue = states.filter((state) => isAssigned(state) && isTaskOverdue(state, today));
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(states.some((state) => isAssigned(state) && state.escalationLevel === 'standing_office')).toBe(
      true,
    );
    expect(states.some((state) => isAssigned(state) && state.lastProgressOn !== null)).toBe(true);
    // demo.canbo.stc and demo.canbo.xa each coordinate a task: one part reported, one still owed.
    const parts = states.flatMap((state) => (isAssigned(state) ? state.coordinators : []));
    expect(parts).toContainEqual(
      expect.objectContaining({ agencyId: 'so-tai-chinh', state: 'contribution_reported' }),
    );
    expect(parts.filter((part) => part.agencyId === demoAccount('demo-can-bo-xa').agencyId)).toEqual([
      expect.objectContaining({ state: 'not_acknowledged' }),
      expect.objectContaining({ state: 'not_acknowledged' }),
    ]);
    expect(new Set(DEMO_ACCOUNTS.map((account) => account.role))).toEqual(
      new Set(['admin', 'standing_office', 'leadership', 'agency_head', 'officer']),
    );
  });
});
