import { SharedReads } from './shared-reads';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('shared reads', () => {
  it('gives identical requests made while one is computed that one answer', async () => {
    const reads = new SharedReads<string>();
    const answer = deferred<string>();
    const compute = jest.fn(() => answer.promise);

    const first = reads.run('agencies|2026-06-01', 'p-10', compute);
    const second = reads.run('agencies|2026-06-01', 'p-10', compute);
    answer.resolve('counts');

    await expect(Promise.all([first, second])).resolves.toEqual(['counts', 'counts']);
    expect(compute).toHaveBeenCalledTimes(1);
    expect(reads.running).toBe(0);
  });

  it('computes again for another key, or once the read models moved past where it began', async () => {
    const reads = new SharedReads<string>();
    const compute = jest.fn(async () => 'counts');

    await Promise.all([
      reads.run('agencies|2026-06-01', 'p-10', compute),
      reads.run('agencies|2026-06-02', 'p-10', compute),
      reads.run('agencies|2026-06-01', 'p-11', compute),
      reads.run('agencies|2026-06-01', 'p-09', compute),
    ]);

    // The last one joined a computation that began past p-09.
    expect(compute).toHaveBeenCalledTimes(3);
  });

  it('keeps nothing: a request after the answer computes afresh, and a failure is not reused', async () => {
    const reads = new SharedReads<string>();
    const failing = deferred<string>();

    const first = reads.run('k', 'p-1', () => failing.promise);
    const joined = reads.run('k', 'p-1', () => Promise.resolve('never'));
    failing.reject(new Error('connection lost'));

    await expect(first).rejects.toThrow('connection lost');
    await expect(joined).rejects.toThrow('connection lost');
    await expect(reads.run('k', 'p-1', async () => 'fresh')).resolves.toBe('fresh');
  });
});
