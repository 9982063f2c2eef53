export * from './agency-commands';
export * from './agency-decider';
export * from './agency-directory';
export * from './agency-events';
export * from './agency-kind';
export * from './agency-merge';
export * from './agency-state';
