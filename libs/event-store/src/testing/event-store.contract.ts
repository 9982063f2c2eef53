import { randomUUID } from 'node:crypto';
import { IdempotencyConflictError, WrongExpectedVersionError } from '../event-store.errors';
import type {
  EventStore,
  GlobalCheckpoint,
  NewEvent,
  RecordedEvent,
  Subscription,
} from '../event-store.port';
import { newTestEvent } from './new-test-event';
import { waitUntil } from './wait-until';

export interface EventStoreUnderTest {
  readonly store: EventStore;
  teardown(): Promise<void>;
}

export interface EventStoreContractOptions {
  /**
   * Whether the adapter refuses event ids held by another stream, or by its own stream at
   * another place, even when the expected version matches (PostgreSQL, in-memory: true).
   * EventStoreDB only recognises ids at the expected position: false.
   */
  readonly refusesEventIdsHeldElsewhere?: boolean;
  /** Bound of every wait for a subscription (default 10 s). */
  readonly timeoutMs?: number;
}

/**
 * The behaviour every adapter of the EventStore port must show. The store may be shared
 * with other tests (an EventStoreDB server is), so every test writes streams of a category
 * of its own and reads the global log from the head it found when it started.
 */
export function describeEventStoreContract(
  adapterName: string,
  factory: () => Promise<EventStoreUnderTest>,
  options: EventStoreContractOptions = {},
): void {
  const timeoutMs = options.timeoutMs ?? 10_000;
  /** Every test gets room for its bounded waits, whatever the runner's default timeout. */
  const it = (name: string, test: () => Promise<void>) => global.it(name, test, timeoutMs * 2);

  describe(`EventStore contract: ${adapterName}`, () => {
    let store: EventStore;
    let teardown: () => Promise<void>;
    let subscriptions: Subscription[];

    beforeEach(async () => {
      ({ store, teardown } = await factory());
      subscriptions = [];
    });

    afterEach(async () => {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
      await teardown();
    });

    /** A category no other test writes; streams are `<category>-<id>`. */
    const freshCategory = () => `c${randomUUID().replace(/-/g, '').slice(0, 12)}`;
    const idsOf = (events: readonly { eventId: string }[]) => events.map(({ eventId }) => eventId);
    const ofCategory = (category: string, events: readonly RecordedEvent[]) =>
      events.filter((e) => e.streamId.startsWith(`${category}-`));

    async function expectRejection<E extends Error>(
      promise: Promise<unknown>,
      type: new (...args: never[]) => E,
    ): Promise<E> {
      const error = await promise.then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(type);
      return error as E;
    }

    /** Everything after `after` that matches, page by page, as a projector would read it. */
    async function readEverything(
      after: GlobalCheckpoint | undefined,
      category: string,
      maxCount = 1000,
    ): Promise<RecordedEvent[]> {
      const events: RecordedEvent[] = [];
      for (let cursor = after; ;) {
        const page = await store.readAll({
          after: cursor,
          maxCount,
          filter: { streamPrefixes: [`${category}-`] },
        });
        expect(page.events.length).toBeLessThanOrEqual(maxCount);
        events.push(...page.events);
        if (page.events.length === 0) return events;
        cursor = page.nextCheckpoint;
      }
    }

    function subscribe(...args: Parameters<EventStore['subscribeToAll']>): Subscription {
      const subscription = store.subscribeToAll(...args);
      subscriptions.push(subscription);
      return subscription;
    }

    describe('streams', () => {
      it('appends events and reads them back in stream order', async () => {
        const streamId = `${freshCategory()}-1`;
        const events = [
          newTestEvent('TaskAssigned', { code: 'III.5.2' }),
          newTestEvent('TaskAcknowledged', { by: 'agency-1' }),
        ];

        const result = await store.appendToStream(streamId, events, 0);

        const read = await store.readStream(streamId);
        expect(result.nextVersion).toBe(2);
        expect(read.version).toBe(2);
        expect(
          read.events.map(({ eventId, type, data, streamId: id, streamVersion }) => ({
            eventId,
            type,
            data,
            streamId: id,
            streamVersion,
          })),
        ).toEqual([
          {
            eventId: events[0].eventId,
            type: 'TaskAssigned',
            data: { code: 'III.5.2' },
            streamId,
            streamVersion: 1,
          },
          {
            eventId: events[1].eventId,
            type: 'TaskAcknowledged',
            data: { by: 'agency-1' },
            streamId,
            streamVersion: 2,
          },
        ]);
        expect(read.events[1].checkpoint).toBe(result.checkpoint);
        expect(read.events[0].checkpoint < read.events[1].checkpoint).toBe(true);
      });

      it('reads a stream that does not exist as version 0 with no events', async () => {
        await expect(store.readStream(`${freshCategory()}-missing`)).resolves.toEqual({
          version: 0,
          events: [],
        });
      });

      it('numbers versions on from where the stream is', async () => {
        const streamId = `${freshCategory()}-1`;
        await store.appendToStream(streamId, [newTestEvent()], 0);
        const second = await store.appendToStream(streamId, [newTestEvent(), newTestEvent()], 1);
        const third = await store.appendToStream(streamId, [newTestEvent()], 3);
        const many = await store.appendToStream(
          streamId,
          Array.from({ length: 12 }, () => newTestEvent()),
          4,
        );

        expect([second.nextVersion, third.nextVersion, many.nextVersion]).toEqual([3, 4, 16]);
        const read = await store.readStream(streamId);
        expect(read.version).toBe(16);
        expect(read.events.map((event) => event.streamVersion)).toEqual(
          Array.from({ length: 16 }, (_, i) => i + 1),
        );
        expect(read.events[15].checkpoint).toBe(many.checkpoint);
      });

      it('refuses an append at another version, saying which version the stream is at', async () => {
        const streamId = `${freshCategory()}-1`;
        await store.appendToStream(streamId, [newTestEvent(), newTestEvent()], 0);

        const stale = await expectRejection(
          store.appendToStream(streamId, [newTestEvent()], 1),
          WrongExpectedVersionError,
        );
        const ahead = await expectRejection(
          store.appendToStream(streamId, [newTestEvent()], 5),
          WrongExpectedVersionError,
        );

        expect(stale).toMatchObject({ streamId, expectedVersion: 1, actualVersion: 2 });
        expect(ahead).toMatchObject({ streamId, expectedVersion: 5, actualVersion: 2 });
        expect((await store.readStream(streamId)).version).toBe(2);
      });

      it('takes expected version 0 as "the stream must not exist"', async () => {
        const streamId = `${freshCategory()}-1`;
        await expect(store.appendToStream(streamId, [newTestEvent()], 0)).resolves.toMatchObject({
          nextVersion: 1,
        });

        const again = await expectRejection(
          store.appendToStream(streamId, [newTestEvent()], 0),
          WrongExpectedVersionError,
        );
        const onMissing = await expectRejection(
          store.appendToStream(`${streamId}-other`, [newTestEvent()], 1),
          WrongExpectedVersionError,
        );

        expect(again).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
        expect(onMissing).toMatchObject({ expectedVersion: 1, actualVersion: 0 });
        expect((await store.readStream(`${streamId}-other`)).version).toBe(0);
      });

      it("appends with 'any' whatever the stream's version", async () => {
        const streamId = `${freshCategory()}-1`;
        await expect(store.appendToStream(streamId, [newTestEvent()], 'any')).resolves.toMatchObject({
          nextVersion: 1,
        });
        await expect(
          store.appendToStream(streamId, [newTestEvent(), newTestEvent()], 'any'),
        ).resolves.toMatchObject({ nextVersion: 3 });
        expect((await store.readStream(streamId)).version).toBe(3);
      });

      it('refuses an empty append and ids that are not UUIDs', async () => {
        const streamId = `${freshCategory()}-1`;
        await expect(store.appendToStream(streamId, [], 0)).rejects.toThrow(TypeError);
        await expect(
          store.appendToStream(streamId, [newTestEvent('X', {}, { eventId: 'not-a-uuid' })], 0),
        ).rejects.toThrow(TypeError);
        expect((await store.readStream(streamId)).version).toBe(0);
      });
    });

    describe('idempotency', () => {
      it('answers a repeated append as the original, without storing anything twice', async () => {
        const category = freshCategory();
        const streamId = `${category}-1`;
        const start = await store.headCheckpoint();
        const events = [newTestEvent(), newTestEvent()];
        const original = await store.appendToStream(streamId, events, 0);

        await expect(store.appendToStream(streamId, events, 0)).resolves.toEqual(original);
        await expect(store.appendToStream(streamId, events, 'any')).resolves.toEqual(original);

        const read = await store.readStream(streamId);
        expect(idsOf(read.events)).toEqual(idsOf(events));
        expect(idsOf(ofCategory(category, await readEverything(start, category)))).toEqual(idsOf(events));
      });

      it('answers a repeated append as the original even once the stream has moved on', async () => {
        const streamId = `${freshCategory()}-1`;
        const events = [newTestEvent(), newTestEvent()];
        const original = await store.appendToStream(streamId, events, 0);
        await store.appendToStream(streamId, [newTestEvent()], 2);

        await expect(store.appendToStream(streamId, events, 0)).resolves.toEqual(original);
        await expect(store.appendToStream(streamId, events, 'any')).resolves.toEqual(original);
        await expect(store.appendToStream(streamId, [events[1]], 1)).resolves.toEqual(original);

        expect((await store.readStream(streamId)).version).toBe(3);
      });

      it('refuses with IdempotencyConflictError an append repeating only some of the ids, or in another order', async () => {
        const streamId = `${freshCategory()}-1`;
        const [first, second] = [newTestEvent(), newTestEvent()];
        await store.appendToStream(streamId, [first, second], 0);

        const partial = await expectRejection(
          store.appendToStream(streamId, [first, newTestEvent()], 0),
          IdempotencyConflictError,
        );
        await expectRejection(store.appendToStream(streamId, [second, first], 0), IdempotencyConflictError);

        expect(partial.streamId).toBe(streamId);
        expect((await store.readStream(streamId)).version).toBe(2);
      });

      if (options.refusesEventIdsHeldElsewhere ?? true) {
        it('refuses ids another stream holds', async () => {
          const category = freshCategory();
          const event = newTestEvent();
          await store.appendToStream(`${category}-1`, [event], 0);

          await expectRejection(store.appendToStream(`${category}-2`, [event], 0), IdempotencyConflictError);
          await expectRejection(
            store.appendToStream(`${category}-2`, [newTestEvent(), event], 'any'),
            IdempotencyConflictError,
          );
          expect((await store.readStream(`${category}-2`)).version).toBe(0);
        });

        it('refuses ids the stream holds at another place, even at the current version', async () => {
          const streamId = `${freshCategory()}-1`;
          const event = newTestEvent();
          await store.appendToStream(streamId, [event], 0);

          await expectRejection(
            store.appendToStream(streamId, [event, newTestEvent()], 1),
            IdempotencyConflictError,
          );
          expect((await store.readStream(streamId)).version).toBe(1);
        });
      }
    });

    describe('global log', () => {
      it('reads every stream in the order of the appends, with increasing checkpoints', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const a1 = newTestEvent('A');
        const b1 = newTestEvent('B');
        const a2 = newTestEvent('A');
        const results = [
          await store.appendToStream(`${category}-a`, [a1], 0),
          await store.appendToStream(`${category}-b`, [b1], 0),
          await store.appendToStream(`${category}-a`, [a2], 1),
        ];

        const { events, nextCheckpoint } = await store.readAll({ after: start });

        const ours = ofCategory(category, events);
        expect(idsOf(ours)).toEqual(idsOf([a1, b1, a2]));
        expect(ours.map((event) => event.checkpoint)).toEqual(results.map((result) => result.checkpoint));
        expect(ours.map((event) => [event.streamId, event.streamVersion])).toEqual([
          [`${category}-a`, 1],
          [`${category}-b`, 1],
          [`${category}-a`, 2],
        ]);
        // Checkpoints compare as strings in log order.
        expect([...events.map((event) => event.checkpoint)].sort()).toEqual(
          events.map((event) => event.checkpoint),
        );
        expect(new Set(events.map((event) => event.checkpoint)).size).toBe(events.length);
        expect(nextCheckpoint! >= results[2].checkpoint).toBe(true);
        expect((await store.headCheckpoint())! >= results[2].checkpoint).toBe(true);
      });

      it('reads strictly after the checkpoint it is given', async () => {
        const category = freshCategory();
        const [a1, b1, a2] = [newTestEvent(), newTestEvent(), newTestEvent()];
        const first = await store.appendToStream(`${category}-a`, [a1], 0);
        await store.appendToStream(`${category}-b`, [b1], 0);
        await store.appendToStream(`${category}-a`, [a2], 1);

        expect(idsOf(await readEverything(first.checkpoint, category))).toEqual(idsOf([b1, a2]));
      });

      it('filters by stream prefix and by event type', async () => {
        const [red, blue] = [freshCategory(), freshCategory()];
        const start = await store.headCheckpoint();
        const e = {
          red1: newTestEvent('Assigned'),
          blue1: newTestEvent('Assigned'),
          red2: newTestEvent('Completed'),
          blue2: newTestEvent('Reported'),
          odd: newTestEvent('Assigned'),
        };
        await store.appendToStream(`${red}-1`, [e.red1], 0);
        await store.appendToStream(`${blue}-1`, [e.blue1], 0);
        await store.appendToStream(`${red}-2`, [e.red2], 0);
        await store.appendToStream(`${blue}-1`, [e.blue2], 1);
        await store.appendToStream(`${red}_1`, [e.odd], 0); // not `${red}-…`; `_` must not act as a wildcard
        const read = async (filter: { streamPrefixes?: string[]; eventTypes?: string[] }) =>
          idsOf((await store.readAll({ after: start, filter })).events);

        expect(await read({ streamPrefixes: [`${red}-`] })).toEqual(idsOf([e.red1, e.red2]));
        expect(await read({ streamPrefixes: [`${red}-`, `${blue}-`] })).toEqual(
          idsOf([e.red1, e.blue1, e.red2, e.blue2]),
        );
        expect(await read({ streamPrefixes: [`${red}_`] })).toEqual(idsOf([e.odd]));
        expect(
          await read({ streamPrefixes: [`${red}-`, `${blue}-`], eventTypes: ['Assigned', 'Reported'] }),
        ).toEqual(idsOf([e.red1, e.blue1, e.blue2]));
        expect(await read({ streamPrefixes: [`${blue}-1`], eventTypes: ['Reported'] })).toEqual(
          idsOf([e.blue2]),
        );
        const byType = await read({ eventTypes: ['Completed'] });
        expect(byType).toContain(e.red2.eventId);
        expect(byType).not.toContain(e.red1.eventId);
      });

      it('moves the checkpoint past filtered-out events, so a filtered reader does not read them again', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const wanted = newTestEvent('Wanted');
        await store.appendToStream(`${category}-1`, [wanted], 0);
        const last = await store.appendToStream(
          `${category}-1`,
          [newTestEvent('Other'), newTestEvent('Other')],
          1,
        );
        const filter = { streamPrefixes: [`${category}-`], eventTypes: ['Wanted'] };

        const first = await store.readAll({ after: start, filter });

        expect(idsOf(first.events)).toEqual([wanted.eventId]);
        expect(first.nextCheckpoint! >= last.checkpoint).toBe(true);
        await expect(store.readAll({ after: first.nextCheckpoint, filter })).resolves.toMatchObject({
          events: [],
        });
        const later = newTestEvent('Wanted');
        await store.appendToStream(`${category}-1`, [later], 3);
        expect(idsOf((await store.readAll({ after: first.nextCheckpoint, filter })).events)).toEqual([
          later.eventId,
        ]);
      });

      it('pages with maxCount without losing or repeating an event', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const appended: NewEvent[] = [];
        for (let i = 0; i < 12; i++) {
          const events = i % 3 === 0 ? [newTestEvent(), newTestEvent()] : [newTestEvent()];
          await store.appendToStream(`${category}-${i % 3}`, events, 'any');
          appended.push(...events);
        }

        expect(idsOf(await readEverything(start, category, 4))).toEqual(idsOf(appended));
        expect(idsOf(await readEverything(start, category, 1))).toEqual(idsOf(appended));

        // Unfiltered pages too (other writers' events may be interleaved on a shared store).
        const unfiltered: RecordedEvent[] = [];
        for (let cursor = start; ofCategory(category, unfiltered).length < appended.length;) {
          const page = await store.readAll({ after: cursor, maxCount: 5 });
          expect(page.events.length).toBeGreaterThan(0);
          expect(page.events.length).toBeLessThanOrEqual(5);
          unfiltered.push(...page.events);
          cursor = page.nextCheckpoint;
        }
        expect(idsOf(ofCategory(category, unfiltered))).toEqual(idsOf(appended));
      });

      it('answers maxCount 0 with nothing, staying where it was', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        await store.appendToStream(`${category}-1`, [newTestEvent()], 0);
        await expect(store.readAll({ after: start, maxCount: 0 })).resolves.toEqual({
          events: [],
          nextCheckpoint: start,
        });
      });
    });

    describe('subscriptions', () => {
      /** Collects what a subscription hands over. */
      function recorder() {
        const batches: { events: RecordedEvent[]; nextCheckpoint: GlobalCheckpoint }[] = [];
        return {
          batches,
          events: () => batches.flatMap((batch) => batch.events),
          handler: async (events: RecordedEvent[], nextCheckpoint: GlobalCheckpoint) => {
            batches.push({ events, nextCheckpoint });
          },
        };
      }

      it('hands over the existing events, then live ones, in order and in batches of at most batchSize', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const existing = [newTestEvent(), newTestEvent(), newTestEvent()];
        await store.appendToStream(`${category}-1`, existing, 0);
        const received = recorder();

        subscribe(
          { after: start, batchSize: 2, filter: { streamPrefixes: [`${category}-`] } },
          received.handler,
        );
        await waitUntil(() => received.events().length >= 3, 'the existing events', timeoutMs);
        const live = [newTestEvent(), newTestEvent(), newTestEvent()];
        await store.appendToStream(`${category}-2`, [live[0]], 0);
        await store.appendToStream(`${category}-1`, [live[1], live[2]], 3);
        await waitUntil(() => received.events().length >= 6, 'the live events', timeoutMs);

        expect(idsOf(received.events())).toEqual(idsOf([...existing, ...live]));
        for (const batch of received.batches) {
          expect(batch.events.length).toBeGreaterThan(0);
          expect(batch.events.length).toBeLessThanOrEqual(2);
          expect(batch.nextCheckpoint >= batch.events[batch.events.length - 1].checkpoint).toBe(true);
        }
      });

      it('resumes after a checkpoint without handing anything over twice', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const filter = { streamPrefixes: [`${category}-`] };
        const before = [newTestEvent(), newTestEvent()];
        await store.appendToStream(`${category}-1`, before, 0);
        const first = recorder();
        const firstSubscription = subscribe({ after: start, filter }, first.handler);
        await waitUntil(() => first.events().length >= 2, 'the first events', timeoutMs);
        await firstSubscription.stop();
        const resumeFrom = first.batches[first.batches.length - 1].nextCheckpoint;

        const after = [newTestEvent(), newTestEvent()];
        await store.appendToStream(`${category}-1`, [after[0]], 2);
        await store.appendToStream(`${category}-2`, [after[1]], 0);
        const second = recorder();
        subscribe({ after: resumeFrom, filter }, second.handler);
        await waitUntil(() => second.events().length >= 2, 'the later events', timeoutMs);

        expect(idsOf(first.events())).toEqual(idsOf(before));
        expect(idsOf(second.events())).toEqual(idsOf(after));
      });

      it('waits for the running handler when stopped, and hands over nothing more', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        await store.appendToStream(`${category}-1`, [newTestEvent()], 0);
        let release: () => void = () => undefined;
        const handlerMayFinish = new Promise<void>((resolve) => (release = resolve));
        let calls = 0;
        let finished = false;
        const subscription = subscribe(
          { after: start, filter: { streamPrefixes: [`${category}-`] } },
          async () => {
            calls++;
            await handlerMayFinish;
            finished = true;
          },
        );
        await waitUntil(() => calls === 1, 'the handler to be called', timeoutMs);

        let stopped = false;
        const stopping = subscription.stop().then(() => (stopped = true));
        await store.readStream(`${category}-1`); // lets the stop run as far as it can
        expect(stopped).toBe(false);
        release();
        await stopping;

        expect(finished).toBe(true);
        await expect(subscription.done).resolves.toBeUndefined();
        await store.appendToStream(`${category}-1`, [newTestEvent()], 1);
        await store.readAll({ after: start, filter: { streamPrefixes: [`${category}-`] } });
        expect(calls).toBe(1);
      });

      it('rejects done with the error of a handler that throws', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        await store.appendToStream(`${category}-1`, [newTestEvent()], 0);

        const subscription = subscribe(
          { after: start, filter: { streamPrefixes: [`${category}-`] } },
          async () => {
            throw new Error('projection failed');
          },
        );

        await expect(subscription.done).rejects.toThrow('projection failed');
        await expect(subscription.stop()).resolves.toBeUndefined();
      });
    });

    describe('what the store keeps', () => {
      it('keeps data and metadata as sent, and says when it recorded each event', async () => {
        const category = freshCategory();
        const start = await store.headCheckpoint();
        const data = {
          title: 'Kế hoạch 495/KH-UBND: chuyển đổi số thành phố Huế',
          targets: [
            { year: 2026, value: 12.5 },
            { year: 2027, value: null },
          ],
          nested: { flag: true, empty: {}, list: [] },
        };
        const metadata = {
          actor: { userId: 'user-42', agencyId: 'so-khcn', role: 'standing_office' as const },
          correlationId: randomUUID(),
          causationId: randomUUID(),
          commandId: randomUUID(),
          occurredAt: '2026-06-01T02:00:00.000Z',
          schemaVersion: 3,
        };
        const before = Date.now();
        await store.appendToStream(`${category}-1`, [newTestEvent('PlanIssued', data, { metadata })], 0);
        const after = Date.now();

        const [fromStream] = (await store.readStream(`${category}-1`)).events;
        const [fromLog] = (
          await store.readAll({ after: start, filter: { streamPrefixes: [`${category}-`] } })
        ).events;

        for (const event of [fromStream, fromLog]) {
          expect(event.data).toEqual(data);
          expect(event.metadata).toEqual(metadata);
          expect(event.recordedAt).toBeInstanceOf(Date);
          // The store's clock, not the test's: allow for a server clock a little off.
          expect(event.recordedAt.getTime()).toBeGreaterThan(before - 60_000);
          expect(event.recordedAt.getTime()).toBeLessThan(after + 60_000);
        }
        expect(fromLog).toEqual(fromStream);
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of many appenders at the same version win', async () => {
        const streamId = `${freshCategory()}-1`;
        await store.appendToStream(streamId, [newTestEvent()], 0);
        const contenders = Array.from({ length: 8 }, () => newTestEvent());

        const outcomes = await Promise.allSettled(
          contenders.map((event) => store.appendToStream(streamId, [event], 1)),
        );

        const won = outcomes.filter((outcome) => outcome.status === 'fulfilled');
        const lost = outcomes.flatMap((outcome) =>
          outcome.status === 'rejected' ? [outcome.reason as unknown] : [],
        );
        expect(won).toHaveLength(1);
        expect(won[0]).toMatchObject({ value: { nextVersion: 2 } });
        lost.forEach((error) =>
          expect(error).toMatchObject({ name: 'WrongExpectedVersionError', actualVersion: 2 }),
        );
        expect(lost.every((error) => error instanceof WrongExpectedVersionError)).toBe(true);
        expect((await store.readStream(streamId)).events).toHaveLength(2);
      });

      it('loses and duplicates nothing when appenders race and retry at exact versions', async () => {
        const category = freshCategory();
        const streamId = `${category}-1`;
        const start = await store.headCheckpoint();
        const writers = 6;
        const perWriter = 5;
        const written: string[] = [];

        await Promise.all(
          Array.from({ length: writers }, async () => {
            for (let i = 0; i < perWriter; i++) {
              const event = newTestEvent();
              for (;;) {
                const { version } = await store.readStream(streamId);
                try {
                  await store.appendToStream(streamId, [event], version);
                  written.push(event.eventId);
                  break;
                } catch (error) {
                  if (!(error instanceof WrongExpectedVersionError)) throw error;
                }
              }
            }
          }),
        );

        const read = await store.readStream(streamId);
        expect(read.events.map((event) => event.streamVersion)).toEqual(
          Array.from({ length: writers * perWriter }, (_, i) => i + 1),
        );
        expect(new Set(idsOf(read.events))).toEqual(new Set(written));
        expect(idsOf(await readEverything(start, category))).toEqual(idsOf(read.events));
      });
    });
  });
}
