import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';

/** Notified with a user id when the user's access changes (deactivated, sessions ended, an API key revoked): migration AccessChanges. */
export const ACCESS_CHANNEL = 'enlace_access';

const RECONNECT_MS = 2000;
type Handler = (payload: string) => void;

/**
 * PostgreSQL LISTEN for the whole process: one pooled connection listens on every channel a
 * feature asked for, so what one instance NOTIFYs (on commit) reaches every instance. Channels are
 * plain identifiers (`enlace_...`); handlers are registered before the application starts (in a
 * constructor or onModuleInit) or later, and the connection comes back after a loss.
 */
@Injectable()
export class PgListener implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger('PgListener');
  private readonly handlers = new Map<string, Handler[]>();
  private client: PoolClient | null = null;
  private started = false;
  private stopped = false;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Calls `handler` with each payload NOTIFYed on `channel`, by any instance. */
  listen(channel: string, handler: Handler): void {
    if (!/^[a-z_][a-z0-9_]*$/.test(channel)) throw new Error(`not a channel name: ${channel}`);
    const known = this.handlers.get(channel);
    this.handlers.set(channel, [...(known ?? []), handler]);
    if (known || !this.started) return;
    if (this.client) void this.client.query(`LISTEN ${channel}`).catch((e: Error) => this.lost(e));
    else if (this.handlers.size === 1) void this.connect();
  }

  /** Connects once the application has started, if anything listens (a CLI run usually does not). */
  async onApplicationBootstrap(): Promise<void> {
    this.started = true;
    if (this.handlers.size) await this.connect();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    client?.release(true);
  }

  private async connect(): Promise<void> {
    try {
      const pool = (this.db.driver as unknown as { master: Pool }).master;
      const client = await pool.connect();
      client.on('notification', (m) => this.handlers.get(m.channel)?.forEach((h) => h(m.payload ?? '')));
      client.on('error', (e) => this.lost(e));
      const channels = [...this.handlers.keys()];
      if (channels.length) await client.query(channels.map((c) => `LISTEN ${c};`).join(' '));
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
    setTimeout(() => void this.connect(), RECONNECT_MS).unref();
  }
}
