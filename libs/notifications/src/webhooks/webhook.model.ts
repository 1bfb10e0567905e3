import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { EventType } from '@enlace/core';

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'PENDING: not yet delivered, retried with backoff; DELIVERED: answered 2xx; FAILED: given up after 24 h',
});

@ObjectType({
  description:
    'A URL each chosen event is POSTed to as JSON { id, type, createdAt, data }, signed with the webhook\'s secret (header Enlace-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">), with Enlace-Delivery: <event id> the same on every retry',
})
export class Webhook {
  @Field(() => ID)
  id: string;
  @Field(() => String)
  url: string;
  @Field(() => [EventType])
  events: EventType[];
  @Field(() => Boolean, { description: 'False once deactivated after 3 days of failed deliveries' })
  active: boolean;
  @Field(() => Date)
  createdAt: Date;
  @Field(() => Date, {
    nullable: true,
    description: 'Since when deliveries have failed with no success; null when none is failing',
  })
  failingSince: Date | null;
}

@ObjectType()
export class CreatedWebhook {
  @Field(() => Webhook)
  webhook: Webhook;
  @Field(() => String, { description: 'Signs the deliveries (HMAC-SHA256); shown this once' })
  secret: string;
}

@ObjectType({ description: "One event's delivery to a webhook, with its attempts so far" })
export class WebhookDelivery {
  @Field(() => ID)
  id: string;
  @Field(() => ID, { description: 'The event, also sent as the Enlace-Delivery header' })
  eventId: string;
  @Field(() => EventType)
  event: EventType;
  @Field(() => DeliveryStatus)
  status: DeliveryStatus;
  @Field(() => Int)
  attempts: number;
  @Field(() => Date, { nullable: true })
  lastAttemptAt: Date | null;
  @Field(() => Int, { nullable: true, description: "The last attempt's HTTP status; null when it got no answer" })
  responseStatus: number | null;
  @Field(() => Date)
  createdAt: Date;
  @Field(() => Date, { nullable: true, description: 'When the next attempt is due (PENDING only)' })
  nextAttemptAt: Date | null;
}
