import { judgeRedisData, type RedisProbe } from './redis-data-loss-watch';

const intact: RedisProbe = { runId: 'run-1', marker: 'run-1', missingSchedulers: [] };

describe('whether Redis lost the data the worker keeps there', () => {
  it('heals nothing while the marker and the job schedulers are there', () => {
    expect(judgeRedisData(intact, 'run-1')).toEqual({ heal: false, why: 'intact' });
  });

  it('heals a server that restarted without its data (a new run_id, no marker)', () => {
    expect(judgeRedisData({ runId: 'run-2', marker: null, missingSchedulers: [] }, 'run-1')).toEqual({
      heal: true,
      why: 'restarted_empty',
    });
  });

  it('heals a server flushed while it kept running (same run_id, no marker)', () => {
    expect(judgeRedisData({ ...intact, marker: null }, 'run-1')).toEqual({ heal: true, why: 'flushed' });
  });

  it('heals nothing after a restart that kept the data (persistence): the marker survived', () => {
    expect(judgeRedisData({ runId: 'run-2', marker: 'run-1', missingSchedulers: [] }, 'run-1')).toEqual({
      heal: false,
      why: 'restarted_with_data',
    });
  });

  it('heals a job scheduler gone while the marker stayed (removed by hand, evicted)', () => {
    expect(judgeRedisData({ ...intact, missingSchedulers: ['reconcile-reminders-hourly'] }, 'run-1')).toEqual(
      { heal: true, why: 'schedulers_missing' },
    );
  });

  it('a lost marker wins over a missing scheduler: the whole data went', () => {
    expect(
      judgeRedisData(
        { runId: 'run-2', marker: null, missingSchedulers: ['reconcile-reminders-hourly'] },
        'run-1',
      ),
    ).toEqual({ heal: true, why: 'restarted_empty' });
  });
});
