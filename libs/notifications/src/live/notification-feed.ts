import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter, on } from 'events';
import { ACCESS_CHANNEL, PgListener } from '@enlace/core';
import { Notification } from '../models/notification.model';
import { NOTIFICATION_CHANNEL, NotificationsRepository } from '../notifications.repository';

/** graphql-ws's Forbidden close code: the client should not reconnect with the same credential. */
const CLOSE_FORBIDDEN = 4403;

/** The part of a WebSocket connection the feed needs: closing it, and knowing when it closed. */
export interface SubscriberSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Live notifications for this instance's WebSocket subscribers: on NOTIFICATION_CHANNEL (the
 * process's PgListener), whichever instance dispatched an event, every instance loads that
 * event's notifications and hands each to its recipient's subscriptions here. On ACCESS_CHANNEL
 * it closes the connections of a user whose access changed, on whichever instance holds them.
 */
@Injectable()
export class NotificationFeed {
  private readonly log = new Logger('NotificationFeed');
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly sockets = new Map<string, Set<SubscriberSocket>>();

  constructor(
    listener: PgListener,
    private readonly notifications: NotificationsRepository,
  ) {
    listener.listen(NOTIFICATION_CHANNEL, (eventId) => void this.deliver(eventId));
    listener.listen(ACCESS_CHANNEL, (userId) => this.closeSocketsOf(userId));
  }
  /**
   * The user's notifications as they are created, as GraphQL subscription payloads, until the
   * subscriber leaves; `socket` (the WebSocket it came on) is closed if the user's access changes.
   */
  async *forUser(userId: string, socket?: SubscriberSocket): AsyncGenerator<{ notificationAdded: Notification }> {
    if (socket) this.watch(userId, socket);
    for await (const [n] of on(this.emitter, userId) as AsyncIterableIterator<[Notification]>)
      yield { notificationAdded: n };
  }

  private watch(userId: string, socket: SubscriberSocket): void {
    const open = this.sockets.get(userId) ?? new Set<SubscriberSocket>();
    this.sockets.set(userId, open.add(socket));
    socket.once('close', () => {
      open.delete(socket);
      if (!open.size && this.sockets.get(userId) === open) this.sockets.delete(userId);
    });
  }

  private closeSocketsOf(userId: string): void {
    for (const socket of this.sockets.get(userId) ?? [])
      socket.close(CLOSE_FORBIDDEN, 'Forbidden: the account was deactivated or its credential revoked');
  }

  private async deliver(eventId: string): Promise<void> {
    if (!this.emitter.eventNames().length) return; // no subscriber on this instance
    try {
      for (const n of await this.notifications.ofEvent(eventId)) this.emitter.emit(n.userId, n.notification);
    } catch (e) {
      this.log.warn(`could not load the notifications of event ${eventId}: ${(e as Error).message}`);
    }
  }
}
