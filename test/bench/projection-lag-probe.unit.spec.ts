import type { RecordedEvent } from '@giaoviec/event-store';
import { ProjectionLagProbe } from '../../bench/projection-lag-probe';

const recordedAgo = (ms: number) => ({ recordedAt: new Date(Date.now() - ms) }) as RecordedEvent;

describe('the projection lag probe', () => {
  it('measures each applied event from its recording to the commit that made it visible', async () => {
    const probe = new ProjectionLagProbe(['TaskAssigned']);
    await probe.apply([recordedAgo(300), recordedAgo(100)]);

    probe.committed();

    const lags = probe.takeLags();
    expect(lags).toHaveLength(2);
    expect(lags[0]).toBeGreaterThanOrEqual(100);
    expect(lags[0]).toBeLessThan(300);
    expect(lags[1]).toBeGreaterThanOrEqual(300);
    expect(probe.takeLags()).toEqual([]);
  });

  it('forgets a batch that was rolled back: it is applied, and measured, again', async () => {
    const probe = new ProjectionLagProbe(['TaskAssigned']);
    await probe.apply([recordedAgo(50)]);

    probe.rolledBack();
    probe.committed();

    expect(probe.takeLags()).toEqual([]);
  });
});
