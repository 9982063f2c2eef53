import type { EventStoreDBClient } from '@eventstore/db-client';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { EventStoreDbEventStore } from './eventstoredb-event-store';
import { FakeEventStoreDbClient } from './fake-eventstoredb-client';

// The adapter's own logic (idempotency, paging, filtering, batching) against a fake of the
// client; the same suite runs against a real server in eventstoredb-event-store.int.spec.ts.
describeEventStoreContract(
  'eventstoredb (fake client)',
  async () => {
    const store = new EventStoreDbEventStore(new FakeEventStoreDbClient() as unknown as EventStoreDBClient, {
      readPageSize: 4,
    });
    return { store, teardown: () => store.close() };
  },
  { refusesEventIdsHeldElsewhere: false },
);
