export * from './queue-dashboard.guard';
export * from './queue-dashboard.module';
export * from './queue-dashboard.route';
export * from './queue-dashboard-session';
