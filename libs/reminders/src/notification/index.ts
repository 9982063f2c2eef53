export * from './channel-delivery';
export * from './channel-notifier';
export * from './email-templates';
export * from './mailer';
export * from './notification.module';
export * from './recipient-directory';
export * from './reminder-notice';
export * from './webhook-publisher';
