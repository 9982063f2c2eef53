import { AppProcess } from './app-process';
import { PrivatePostgres } from './private-postgres';
import { PrivateRedis } from './private-redis';

/** The harness the fault suite stands on: private servers and real app processes, killed and restarted. */
describe('fault harness', () => {
  let postgres: PrivatePostgres;
  let redis: PrivateRedis;

  beforeAll(async () => {
    [postgres, redis] = await Promise.all([PrivatePostgres.start(), PrivateRedis.start()]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([postgres?.stop(), redis?.stop()]);
  });

  it('runs the API and the worker against a private PostgreSQL and Redis, and restarts them after SIGKILL', async () => {
    const environment = {
      DATABASE_URL: await postgres.createDatabase('giaoviec_fault'),
      REDIS_URL: redis.url,
      LOG_LEVEL: 'info',
    };
    const api = await AppProcess.api(environment);
    const worker = await AppProcess.worker(environment);
    try {
      expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
      await api.kill();
      await worker.kill();
      expect(api.running || worker.running).toBe(false);
      await Promise.all([api.start(), worker.start()]);
      expect((await fetch(`${api.baseUrl}/health`)).status).toBe(200);
      expect(api.starts + worker.starts).toBe(4);
    } finally {
      await Promise.all([api.stop(), worker.stop()]);
    }
  }, 180_000);

  it('brings a killed postmaster back on the same data, and a killed Redis back empty', async () => {
    await postgres.query('CREATE TABLE IF NOT EXISTS survives (id int)');
    await postgres.query('INSERT INTO survives VALUES (1)');
    await postgres.killPostmaster();
    await expect(postgres.query('SELECT 1')).rejects.toThrow();
    await postgres.restart();
    expect(await postgres.query('SELECT id FROM survives')).toEqual([{ id: 1 }]);

    const before = redis.client();
    await before.set('survives', '1');
    before.disconnect();
    await redis.kill();
    await redis.restart();
    const after = redis.client();
    expect(await after.get('survives')).toBeNull();
    after.disconnect();
  }, 120_000);
});
