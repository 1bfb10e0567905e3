import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { EventType, queryRows } from '@enlace/core';

export interface EventRow {
  id: string;
  type: EventType;
  payload: Record<string, string>;
  created_at: Date;
}

export interface ExpiringCertificateRow {
  id: string;
  supplier_id: string;
  scheme_code: string;
  expires_on: string;
  days_left: number;
}

export interface StaleProfileRow {
  supplier_id: string;
  since: Date;
}

/** The outbox (`events`): what the dispatcher claims and marks, and what the reminder job looks for. Writes go through core's recordEvent. */
@Injectable()
export class EventsRepository {
  /** The oldest undispatched events, locked for this transaction; others skip them (several instances never take the same). */
  claimPending(m: EntityManager, limit: number): Promise<EventRow[]> {
    return queryRows<EventRow>(
      m,
      `SELECT id, type, payload, created_at FROM events WHERE dispatched_at IS NULL
        ORDER BY created_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markDispatched(m: EntityManager, ids: string[]): Promise<void> {
    await m.query(`UPDATE events SET dispatched_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** Valid certificates of suppliers with an account that expire within `horizonDays` of `today`. */
  expiringCertificates(m: EntityManager, today: string, horizonDays: number): Promise<ExpiringCertificateRow[]> {
    return queryRows<ExpiringCertificateRow>(
      m,
      `SELECT c.id, c.supplier_id, c.scheme_code, c.expires_on::text AS expires_on, (c.expires_on - $1::date) AS days_left
         FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
        WHERE c.recorded_status IS NULL AND cs.superseded_by IS NULL
          AND c.expires_on BETWEEN $1::date AND $1::date + $2::int
          AND EXISTS (SELECT 1 FROM users u WHERE u.supplier_id = c.supplier_id AND u.active)`,
      [today, horizonDays],
    );
  }

  /** Suppliers with an account whose profile was last confirmed (or created, never confirmed) more than `days` ago. */
  staleProfiles(m: EntityManager, days: number): Promise<StaleProfileRow[]> {
    return queryRows<StaleProfileRow>(
      m,
      `SELECT s.id AS supplier_id, COALESCE(s.profile_confirmed_at, s.created_at) AS since
         FROM suppliers s
        WHERE COALESCE(s.profile_confirmed_at, s.created_at) < now() - make_interval(days => $1::int)
          AND EXISTS (SELECT 1 FROM users u WHERE u.supplier_id = s.id AND u.active)`,
      [days],
    );
  }

  /** Takes the reminder job's lock for this transaction, or answers false when another instance holds it. */
  async tryReminderLock(m: EntityManager): Promise<boolean> {
    const [r] = await queryRows<{ ok: boolean }>(
      m,
      `SELECT pg_try_advisory_xact_lock(hashtext('enlace:reminders')) AS ok`,
      [],
    );
    return r.ok;
  }
}
