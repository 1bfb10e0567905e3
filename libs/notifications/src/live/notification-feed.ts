import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { EventEmitter, on } from 'events';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { Notification } from '../models/notification.model';
import { NotificationsRepository } from '../notifications.repository';

/** The PostgreSQL channel the dispatcher notifies (in its transaction: delivered on commit) with an event id. */
export const NOTIFICATION_CHANNEL = 'enlace_notifications';
/** Notified with a user id when the user's access changes (deactivated, sessions ended, an API key revoked): see migration AccessChanges. */
export const ACCESS_CHANNEL = 'enlace_access';
const RECONNECT_MS = 2000;
/** graphql-ws's Forbidden close code: the client should not reconnect with the same credential. */
const CLOSE_FORBIDDEN = 4403;

/** The part of a WebSocket connection the feed needs: closing it, and knowing when it closed. */
export interface SubscriberSocket {
  close(code: number, reason: string): void;
  once(event: 'close', listener: () => void): unknown;
}

/**
 * Live notifications for this instance's WebSocket subscribers: one pooled connection LISTENs on
 * NOTIFICATION_CHANNEL, so whichever instance dispatched an event, every instance loads that
 * event's notifications and hands each to its recipient's subscriptions here. On ACCESS_CHANNEL
 * it closes the connections of a user whose access changed, on whichever instance holds them.
 */
@Injectable()
export class NotificationFeed implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('NotificationFeed');
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  private readonly sockets = new Map<string, Set<SubscriberSocket>>();
  private client: PoolClient | null = null;
  private stopped = false;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    client?.release(true);
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

  private async listen(): Promise<void> {
    try {
      const pool = (this.db.driver as unknown as { master: Pool }).master;
      const client = await pool.connect();
      client.on('notification', (m) =>
        m.channel === ACCESS_CHANNEL ? this.closeSocketsOf(m.payload ?? '') : void this.deliver(m.payload ?? ''),
      );
      client.on('error', (e) => this.lost(e));
      await client.query(`LISTEN ${NOTIFICATION_CHANNEL}; LISTEN ${ACCESS_CHANNEL}`);
      this.client = client;
    } catch (e) {
      this.lost(e as Error);
    }
  }

  private lost(e: Error): void {
    this.client?.release(true);
    this.client = null;
    if (this.stopped) return;
    this.log.warn(`listen connection lost (${e.message}); reconnecting`);
    setTimeout(() => void this.listen(), RECONNECT_MS).unref();
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
