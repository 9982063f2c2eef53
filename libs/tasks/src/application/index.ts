export * from './merge-agencies.handler';
export * from './task.commands';
export * from './tasks.module';
