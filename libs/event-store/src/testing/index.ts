export * from './event-store.contract';
export * from './new-test-event';
export * from './wait-until';
