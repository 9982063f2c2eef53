import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

const connectionString = process.env.EVENTSTORE_CONNECTION_STRING;

if (connectionString) {
  describeEventStoreContract(
    'eventstoredb',
    async () => {
      const store = EventStoreDbEventStore.fromConnectionString(connectionString);
      return { store, teardown: () => store.close() };
    },
    // EventStoreDB keeps no global index of event ids: it only recognises them at the expected position.
    { refusesEventIdsHeldElsewhere: false },
  );
} else {
  const reason =
    'EventStoreDB contract suite skipped: EVENTSTORE_CONNECTION_STRING is not set (no EventStoreDB server on this machine)';
  // Written straight to the terminal: jest swallows console output of a suite that only skips.
  process.stdout.write(`\n${reason}\n`);
  describe.skip(reason, () => {
    it('runs the EventStore contract against a live EventStoreDB server', () => undefined);
  });
}
