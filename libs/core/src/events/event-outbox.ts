import { registerEnumType } from '@nestjs/graphql';
import { EntityManager } from 'typeorm';

/** What happened, for notifications (in the app, and later over WebSocket, e-mail and webhooks). */
export enum EventType {
  SOURCING_REQUEST_OPENED = 'SOURCING_REQUEST_OPENED',
  SOURCING_REQUEST_AWARDED = 'SOURCING_REQUEST_AWARDED',
  CERTIFICATION_EXPIRING = 'CERTIFICATION_EXPIRING',
  PROFILE_STALE = 'PROFILE_STALE',
  WEBHOOK_DEACTIVATED = 'WEBHOOK_DEACTIVATED',
}
registerEnumType(EventType, {
  name: 'EventType',
  description:
    "SOURCING_REQUEST_OPENED: to SUPPLIER accounts whose profile qualifies; SOURCING_REQUEST_AWARDED: to the OEM's buyers and the awarded supplier; CERTIFICATION_EXPIRING: to the supplier 90, 30 and 7 days before expiry (once each); PROFILE_STALE: to the supplier, profile not confirmed in 180 days; WEBHOOK_DEACTIVATED: to a webhook's owner, after 3 days of failed deliveries",
});

/**
 * The outbox's only writer: records an event in the caller's transaction, so it commits with the
 * change that caused it or not at all. With a dedupe key, an event already recorded under it is not
 * recorded again (reminders: once per certificate and threshold). Returns whether it was recorded.
 */
export async function recordEvent(
  m: EntityManager,
  type: EventType,
  payload: Record<string, unknown>,
  dedupeKey: string | null = null,
): Promise<boolean> {
  const rows: unknown[] = await m.query(
    `INSERT INTO events (type, payload, dedupe_key) VALUES ($1, $2::jsonb, $3) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    [type, JSON.stringify(payload), dedupeKey],
  );
  return rows.length > 0;
}
