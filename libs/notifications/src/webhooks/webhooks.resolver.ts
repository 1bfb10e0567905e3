import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, EventType, Principal, Role, Roles } from '@enlace/core';
import { CreatedWebhook, Webhook, WebhookDelivery } from './webhook.model';
import { WebhooksService } from './webhooks.service';

const EVERY_ROLE = [Role.ADMIN, Role.OEM_BUYER, Role.INVESTMENT_ANALYST, Role.SUPPLIER];

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Roles(...EVERY_ROLE)
  @Query(() => [Webhook], { description: "The caller's own webhooks, newest first" })
  webhooks(@CurrentPrincipal() p: Principal): Promise<Webhook[]> {
    return this.service.list(p);
  }

  @Roles(...EVERY_ROLE)
  @Query(() => [WebhookDelivery], { description: "Deliveries of one of the caller's webhooks, newest first" })
  webhookDeliveries(
    @CurrentPrincipal() p: Principal,
    @Args('webhookId', { type: () => ID }) webhookId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'How many, default 20, at most 100' })
    first?: number | null,
  ): Promise<WebhookDelivery[]> {
    return this.service.deliveriesOf(p, webhookId, first);
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => CreatedWebhook, {
    description:
      'A webhook for the caller: an https URL on the public internet and the event types to send it; the secret is shown this once',
  })
  createWebhook(
    @CurrentPrincipal() p: Principal,
    @Args('url', { type: () => String }) url: string,
    @Args('events', { type: () => [EventType] }) events: EventType[],
  ): Promise<CreatedWebhook> {
    return this.service.create(p, url, events);
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Boolean, { description: "Deletes one of the caller's webhooks and its deliveries" })
  deleteWebhook(@CurrentPrincipal() p: Principal, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    return this.service.delete(p, id);
  }
}
