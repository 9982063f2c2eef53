import { PassThrough } from 'node:stream';
import { waitUntil } from '../testing/wait-until';
import { consumeInBatches } from './readable-batches';

describe('consumeInBatches', () => {
  function setUp(batchSize: number, deliver: (batch: number[]) => Promise<void> = async () => undefined) {
    const source = new PassThrough({ objectMode: true });
    const batches: number[][] = [];
    let closed = 0;
    const subscription = consumeInBatches<number, number>(source, {
      batchSize,
      accept: (item) => (item % 10 === 0 ? undefined : item),
      deliver: async (batch) => {
        batches.push(batch);
        await deliver(batch);
      },
      close: async () => {
        closed++;
        source.destroy();
      },
    });
    return { source, batches, subscription, closed: () => closed };
  }

  it('hands over what is buffered in batches of at most batchSize, skipping what accept refuses', async () => {
    const { source, batches, subscription, closed } = setUp(3);
    [1, 2, 10, 3, 4, 5, 6, 7].forEach((item) => source.write(item));
    await waitUntil(() => batches.flat().length === 7, 'seven items');
    source.write(8);
    await waitUntil(() => batches.flat().length === 8, 'a live item');

    expect(batches.flat()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(batches.every((batch) => batch.length >= 1 && batch.length <= 3)).toBe(true);
    await subscription.stop();
    expect(closed()).toBe(1);
    await expect(subscription.done).resolves.toBeUndefined();
  });

  it('reads nothing more while the handler runs', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { source, batches, subscription } = setUp(2, () => gate);
    [1, 2, 3, 4].forEach((item) => source.write(item));
    await waitUntil(() => batches.length === 1, 'the first batch');
    expect(batches).toEqual([[1, 2]]);
    release();
    await waitUntil(() => batches.length === 2, 'the second batch');
    expect(batches).toEqual([
      [1, 2],
      [3, 4],
    ]);
    await subscription.stop();
  });

  it('rejects done when the handler throws, and releases the source', async () => {
    const { source, subscription, closed } = setUp(5, async () => {
      throw new Error('handler failed');
    });
    source.write(1);
    await expect(subscription.done).rejects.toThrow('handler failed');
    expect(closed()).toBe(1);
  });

  it('rejects done when the source fails or ends on its own', async () => {
    const failing = setUp(5);
    failing.source.destroy(new Error('connection lost'));
    await expect(failing.subscription.done).rejects.toThrow('connection lost');

    const ending = setUp(5);
    ending.source.end();
    await expect(ending.subscription.done).rejects.toThrow('closed by the server');
  });
});
