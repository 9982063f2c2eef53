import { TEST_DATABASE_URL, TEST_REDIS_URL } from './test-database-url';

/**
 * The environment every app a test boots shares: the test database in the suite's own
 * schema, the local Redis, the PostgreSQL event store, quiet logs (LOG_LEVEL=debug to see them).
 */
export function testAppEnvironment(schema: string): Record<string, string> {
  return {
    NODE_ENV: 'test',
    DATABASE_URL: TEST_DATABASE_URL,
    DATABASE_SCHEMA: schema,
    REDIS_URL: TEST_REDIS_URL,
    EVENT_STORE: 'postgres',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent',
  };
}
