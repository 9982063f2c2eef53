export * from './actor';
export * from './clock';
export * from './decider';
export * from './domain-error';
export * from './domain-event';
export * from './local-date';
export * from './text';
export * from './calendar';
