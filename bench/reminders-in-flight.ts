/**
 * Calls `operation` once for every item, with at most `concurrency` calls in flight (as the
 * scheduler would with that many tasks being brought in step at once). The first failure
 * stops every worker and is thrown. Returns the seconds it took.
 */
export async function forEachInFlight<Item>(
  items: readonly Item[],
  concurrency: number,
  operation: (item: Item) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  let next = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < items.length) {
      try {
        await operation(items[next++]);
      } catch (error: unknown) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return (performance.now() - started) / 1000;
}
