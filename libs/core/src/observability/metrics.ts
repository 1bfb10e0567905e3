import { Injectable } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

/** Prometheus metrics of one process (GET /metrics). */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private poolStats: () => PoolStats | null = () => null;

  readonly graphqlRequests = new Counter({
    name: 'enlace_graphql_requests_total',
    help: 'GraphQL operations by operation name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly graphqlDuration = new Histogram({
    name: 'enlace_graphql_request_duration_seconds',
    help: 'GraphQL operation latency by operation name',
    labelNames: ['operation'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly httpRequests = new Counter({
    name: 'enlace_http_requests_total',
    help: 'HTTP requests by path and status',
    labelNames: ['path', 'status'] as const,
    registers: [this.registry],
  });
  readonly notificationDispatch = new Histogram({
    name: 'enlace_notification_dispatch_seconds',
    help: 'Per outbox event: finding its recipients and writing their notifications (one statement), by event type',
    labelNames: ['type'] as const,
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  readonly notificationsWritten = new Counter({
    name: 'enlace_notifications_written_total',
    help: 'Notifications written by the dispatcher, by event type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly webhookAttempts = new Counter({
    name: 'enlace_webhook_attempts_total',
    help: 'Webhook delivery attempts by outcome (delivered, retry, failed)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'enlace_' });
    this.poolGauge('enlace_db_pool_connections', 'Open database connections in the pool', (s) => s.total);
    this.poolGauge('enlace_db_pool_idle', 'Idle database connections in the pool', (s) => s.idle);
    this.poolGauge('enlace_db_pool_waiting', 'Requests waiting for a database connection', (s) => s.waiting);
  }

  private poolGauge(name: string, help: string, pick: (s: PoolStats) => number): void {
    const read = () => this.poolStats();
    new Gauge({
      name,
      help,
      registers: [this.registry],
      collect() {
        const s = read();
        this.set(s ? pick(s) : 0);
      },
    });
  }

  /** Tells the metrics where to read the connection pool's numbers. */
  watchPool(read: () => PoolStats | null): void {
    this.poolStats = read;
  }
}
