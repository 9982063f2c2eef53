export * from './password-policy';
export * from './user-commands';
export * from './user-decider';
export * from './user-events';
export * from './user-rules';
export * from './user-state';
export * from './username';
