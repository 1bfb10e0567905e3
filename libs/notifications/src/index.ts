export * from './notifications.module';
export * from './notification-dispatcher';
export * from './reminder.job';
export * from './models/notification.model';
export * from './webhooks/webhook-sender';
export * from './webhooks/webhook.model';
export * from './email/immediate-mail.job';
export * from './email/digest-mail.job';
