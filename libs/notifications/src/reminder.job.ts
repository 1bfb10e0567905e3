import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock, EventType, recordEvent } from '@enlace/core';
import { EventsRepository, ExpiringCertificateRow } from './events.repository';

/** Reminders before a certificate expires: the smallest of these thresholds at or above the days left. */
export const EXPIRY_THRESHOLDS = [7, 30, 90] as const;
export const STALE_AFTER_DAYS = 180;

/** The threshold a certificate with `daysLeft` days left has reached (one event per certificate and threshold). */
export function expiryThreshold(daysLeft: number): number | null {
  return EXPIRY_THRESHOLDS.find((t) => daysLeft <= t) ?? null;
}

/**
 * Records CERTIFICATION_EXPIRING (90, 30 and 7 days before, counted in APP_TIMEZONE) and
 * PROFILE_STALE events, once each: dedupe keys per certificate and threshold, and per profile and
 * confirmation. One instance at a time (a transaction-scoped advisory lock); a run missed while the
 * API was down is caught up by the next, which sends the threshold reached by then.
 */
@Injectable()
export class ReminderJob {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly events: EventsRepository,
    private readonly clock: Clock,
  ) {}

  /** Returns how many events it recorded (0 when another instance holds the lock). */
  run(): Promise<number> {
    const today = this.clock.today();
    return this.db.transaction(async (m) => {
      if (!(await this.events.tryReminderLock(m))) return 0;
      let n = 0;
      for (const c of await this.events.expiringCertificates(m, today, Math.max(...EXPIRY_THRESHOLDS)))
        if (await this.expiring(m, c)) n++;
      for (const s of await this.events.staleProfiles(m, STALE_AFTER_DAYS)) {
        const since = s.since.toISOString();
        const payload = { supplierId: s.supplier_id, since: since.slice(0, 10) };
        if (await recordEvent(m, EventType.PROFILE_STALE, payload, `PROFILE_STALE:${s.supplier_id}:${since}`)) n++;
      }
      return n;
    });
  }

  private expiring(m: Parameters<typeof recordEvent>[0], c: ExpiringCertificateRow): Promise<boolean> {
    const days = expiryThreshold(c.days_left);
    if (days === null) return Promise.resolve(false);
    const payload = {
      supplierId: c.supplier_id,
      certificationId: c.id,
      scheme: c.scheme_code,
      expiresOn: c.expires_on,
      days: String(c.days_left),
    };
    return recordEvent(m, EventType.CERTIFICATION_EXPIRING, payload, `CERTIFICATION_EXPIRING:${c.id}:${days}`);
  }
}
