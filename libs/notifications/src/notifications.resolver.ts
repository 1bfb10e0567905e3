import { Args, Context, ID, Int, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal, Principal, Role, Roles } from '@enlace/core';
import { Notification, NotificationConnection } from './models/notification.model';
import { NotificationsService } from './notifications.service';
import { NotificationFeed, SubscriberSocket } from './live/notification-feed';

const EVERY_ROLE = [Role.ADMIN, Role.OEM_BUYER, Role.INVESTMENT_ANALYST, Role.SUPPLIER];

@Resolver(() => Notification)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly feed: NotificationFeed,
  ) {}

  @Roles(...EVERY_ROLE)
  @Query(() => NotificationConnection, {
    description:
      "The caller's notifications, newest first (unreadOnly: the unread ones); unreadCount counts all unread",
  })
  notifications(
    @CurrentPrincipal() p: Principal,
    @Args('unreadOnly', { type: () => Boolean, nullable: true }) unreadOnly?: boolean | null,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size, default 20, at most 100' })
    first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
  ): Promise<NotificationConnection> {
    return this.service.list(p, unreadOnly, first, after);
  }

  @Roles(...EVERY_ROLE)
  @Mutation(() => Int, { description: "Marks the caller's own notifications read; returns how many changed" })
  markNotificationsRead(
    @CurrentPrincipal() p: Principal,
    @Args('ids', { type: () => [ID] }) ids: string[],
  ): Promise<number> {
    return this.service.markRead(p, ids);
  }

  @Roles(...EVERY_ROLE)
  @Subscription(() => Notification, {
    description:
      "The caller's own notifications as they are created, over WebSocket (graphql-transport-ws on /graphql; the token or API key in connection_init's payload as { authorization: 'Bearer <secret>' })",
  })
  notificationAdded(
    @CurrentPrincipal() p: Principal,
    @Context('socket') socket: SubscriberSocket | undefined,
  ): AsyncGenerator<{ notificationAdded: Notification }> {
    return this.feed.forUser(p.userId, socket);
  }
}
