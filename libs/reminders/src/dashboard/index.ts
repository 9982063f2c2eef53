export * from './queue-dashboard.guard';
export * from './queue-dashboard.module';
