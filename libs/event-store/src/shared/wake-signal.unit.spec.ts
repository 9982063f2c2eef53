import { WakeSignal } from './wake-signal';

describe('WakeSignal', () => {
  it('does not wait when notified after the generation was noted', async () => {
    const signal = new WakeSignal();
    const seen = signal.current;
    signal.notify();
    await expect(signal.wait(seen, Infinity, new AbortController().signal)).resolves.toBeUndefined();
  });

  it('wakes a waiter on notify and on abort, and times out', async () => {
    const signal = new WakeSignal();
    const notified = signal.wait(signal.current, Infinity, new AbortController().signal);
    signal.notify();
    await notified;

    const stopping = new AbortController();
    const aborted = signal.wait(signal.current, Infinity, stopping.signal);
    stopping.abort();
    await aborted;

    await signal.wait(signal.current, 1, new AbortController().signal);
  });
});
