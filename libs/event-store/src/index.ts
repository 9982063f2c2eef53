export * from './event-store.port';
export * from './event-store.errors';
export * from './event-metadata';
export { InMemoryEventStore } from './in-memory/in-memory-event-store';
export {
  PostgresEventStore,
  type PostgresAppendOptions,
  type PostgresEventStoreOptions,
} from './postgres/postgres-event-store';
export { PostgresEventStoreTables } from './postgres/postgres-event-store-tables';
export {
  EventStoreDbEventStore,
  type EventStoreDbEventStoreOptions,
} from './eventstoredb/eventstoredb-event-store';
