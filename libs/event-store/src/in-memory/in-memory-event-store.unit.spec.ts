import { FixedClock } from '@giaoviec/kernel';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { newTestEvent } from '../testing/new-test-event';
import { InMemoryEventStore } from './in-memory-event-store';

describeEventStoreContract('in-memory', async () => {
  const store = new InMemoryEventStore();
  return { store, teardown: () => store.close() };
});

describe('InMemoryEventStore', () => {
  it('records events at the time of its clock', async () => {
    const clock = new FixedClock(new Date('2026-06-01T02:00:00.000Z'));
    const store = new InMemoryEventStore(clock);
    await store.appendToStream('task-1', [newTestEvent()], 0);
    expect((await store.readStream('task-1')).events[0].recordedAt).toEqual(
      new Date('2026-06-01T02:00:00.000Z'),
    );
  });

  it('keeps its own copy of what it was given', async () => {
    const store = new InMemoryEventStore();
    const data = { list: [1] };
    await store.appendToStream('task-1', [newTestEvent('X', data)], 0);
    data.list.push(2);
    const [read] = (await store.readStream('task-1')).events;
    (read.data as { list: number[] }).list.push(3);
    expect((await store.readStream('task-1')).events[0].data).toEqual({ list: [1] });
  });

  it('stops its subscriptions on close', async () => {
    const store = new InMemoryEventStore();
    const subscription = store.subscribeToAll({}, async () => undefined);
    await store.close();
    await expect(subscription.done).resolves.toBeUndefined();
  });
});
