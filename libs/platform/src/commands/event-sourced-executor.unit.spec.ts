import { InMemoryEventStore, WrongExpectedVersionError, type ReadStreamResult } from '@giaoviec/event-store';
import { FixedClock, type Decider, type DomainEvent } from '@giaoviec/kernel';
import type { AppConfig } from '@giaoviec/config';
import type { CommandContext } from '../request-context/command-context';
import { EventSourcedExecutor } from './event-sourced-executor';

// A counter that only goes up: every command adds one "Counted" event carrying the total so far.
type Counted = DomainEvent<'Counted', { total: number }>;
const counter: Decider<number, { by: string }, Counted> = {
  initialState: () => 0,
  evolve: (_total, event) => event.data.total,
  decide: (_command, total) => [{ type: 'Counted', data: { total: total + 1 } }],
};

/** The real in-memory store, counting the reads the executor makes of it. */
class CountingStore extends InMemoryEventStore {
  reads = 0;
  override async readStream(streamId: string): Promise<ReadStreamResult> {
    this.reads += 1;
    return super.readStream(streamId);
  }
}

const STREAM = 'counter-1';
let commandNumber = 0;
function context(commandId = `command-${++commandNumber}`): CommandContext {
  return {
    actor: { userId: 'u-1', role: 'officer', agencyId: 'so-tai-chinh' },
    correlationId: commandId,
    causationId: commandId,
    commandId,
  } as CommandContext;
}

function world() {
  const clock = new FixedClock(new Date('2026-06-01T02:00:00Z'));
  const store = new CountingStore(clock);
  const config = { commands: { conflictRetries: 3, idempotencyKeyTtlHours: 24 } } as AppConfig;
  // Two processes' executors on one store: each remembers only its own reads.
  const here = new EventSourcedExecutor(store, clock, config);
  const elsewhere = new EventSourcedExecutor(store, clock, config);
  const count = (
    executor: EventSourcedExecutor,
    options: { context?: CommandContext; expectedVersion?: number } = {},
  ) =>
    executor.execute({
      streamId: STREAM,
      decider: counter,
      command: { by: 'u-1' },
      context: options.context ?? context(),
      expectedVersion: options.expectedVersion,
    });
  const totals = async () =>
    (await store.readStream(STREAM)).events.map((event) => (event.data as { total: number }).total);
  return { store, here, elsewhere, count, totals };
}

describe('EventSourcedExecutor: deciding on a stream read moments before', () => {
  it('given the policy just read the stream, when the command runs, then it is not read again', async () => {
    const { store, here, count, totals } = world();
    await count(here);
    await here.load(STREAM, counter); // the policy's read, in the same request
    store.reads = 0;

    await count(here);

    expect(store.reads).toBe(0);
    expect(await totals()).toEqual([1, 2]);
  });

  it('given another process wrote after that read, when the command runs, then it decides again on a fresh read and loses nothing', async () => {
    const { store, here, elsewhere, count, totals } = world();
    await count(here);
    await here.load(STREAM, counter);
    await count(elsewhere);
    store.reads = 0;

    const result = await count(here);

    expect(store.reads).toBe(1);
    expect(result.version).toBe(3);
    expect(await totals()).toEqual([1, 2, 3]);
  });

  it('given the client saw the newer stream that the earlier read missed, when it sends that version, then it is accepted (no false 409)', async () => {
    const { here, elsewhere, count, totals } = world();
    await count(here);
    await here.load(STREAM, counter);
    await count(elsewhere);

    await expect(count(here, { expectedVersion: 2 })).resolves.toMatchObject({ version: 3 });
    expect(await totals()).toEqual([1, 2, 3]);
  });

  it('given the client saw an old version, when it sends it, then the answer is still a conflict', async () => {
    const { here, elsewhere, count, totals } = world();
    await count(here);
    await here.load(STREAM, counter);
    await count(elsewhere);

    await expect(count(here, { expectedVersion: 1 })).rejects.toBeInstanceOf(WrongExpectedVersionError);
    expect(await totals()).toEqual([1, 2]);
  });

  it('given a retried command already recorded by another process after the read, when it runs here, then it is not applied twice', async () => {
    const { here, elsewhere, count, totals } = world();
    await count(here);
    await here.load(STREAM, counter);
    const retried = context('command-retried');
    await count(elsewhere, { context: retried });

    const result = await count(here, { context: retried });

    // Its event ids derive from the command, so the store takes the append for the one it
    // holds (it may not say so: `replayed` is only sure when the stream is read afresh).
    expect(result.version).toBe(2);
    expect(await totals()).toEqual([1, 2]);
  });

  it('given a retried command whose first attempt the read already holds, when it runs, then it is answered from the stream', async () => {
    const { here, count, totals } = world();
    const retried = context('command-retried');
    await count(here, { context: retried });
    await here.load(STREAM, counter);

    await expect(count(here, { context: retried })).resolves.toMatchObject({ replayed: true, version: 1 });
    expect(await totals()).toEqual([1]);
  });

  it('given one read, when two commands run after it, then only the first decides on it', async () => {
    const { store, here, count, totals } = world();
    await here.load(STREAM, counter);
    store.reads = 0;

    await count(here);
    await count(here);

    expect(store.reads).toBe(1);
    expect(await totals()).toEqual([1, 2]);
  });
});
