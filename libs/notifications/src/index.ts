export * from './notifications.module';
export * from './notification-dispatcher';
export * from './reminder.job';
export * from './models/notification.model';
