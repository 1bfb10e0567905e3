import { Module } from '@nestjs/common';
import { CatalogModule } from '@enlace/catalog';
import { SuppliersModule } from '@enlace/suppliers';
import { MatchingModule } from '@enlace/matching';
import { EventsRepository } from './events.repository';
import { NotificationsRepository } from './notifications.repository';
import { NotificationComposer } from './notification-composer';
import { NotificationDispatcher } from './notification-dispatcher';
import { ReminderJob } from './reminder.job';
import { NotificationsService } from './notifications.service';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationFeed } from './live/notification-feed';
import { WebhooksRepository } from './webhooks/webhooks.repository';
import { WebhookDeliveriesRepository } from './webhooks/webhook-deliveries.repository';
import { WebhooksService } from './webhooks/webhooks.service';
import { WebhooksResolver } from './webhooks/webhooks.resolver';
import { WebhookSender } from './webhooks/webhook-sender';
import { Mailer } from './email/mailer';
import { EmailDigestRepository } from './email/email-digest.repository';
import { ImmediateMailJob } from './email/immediate-mail.job';
import { DigestMailJob } from './email/digest-mail.job';
import { NotificationJobs } from './notification-jobs';

@Module({
  imports: [CatalogModule, SuppliersModule, MatchingModule],
  providers: [
    EventsRepository,
    NotificationsRepository,
    NotificationComposer,
    NotificationDispatcher,
    ReminderJob,
    NotificationsService,
    NotificationsResolver,
    NotificationFeed,
    WebhooksRepository,
    WebhookDeliveriesRepository,
    WebhooksService,
    WebhooksResolver,
    WebhookSender,
    Mailer,
    EmailDigestRepository,
    ImmediateMailJob,
    DigestMailJob,
    NotificationJobs,
  ],
  exports: [NotificationDispatcher, ReminderJob, WebhookSender, ImmediateMailJob, DigestMailJob],
})
export class NotificationsModule {}
