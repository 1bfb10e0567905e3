import { registerEnumType } from '@nestjs/graphql';
import { addDays } from '@enlace/core';

export enum CertificationStatus {
  ACTIVE = 'ACTIVE',
  EXPIRING_SOON = 'EXPIRING_SOON',
  SUSPENDED = 'SUSPENDED',
  WITHDRAWN = 'WITHDRAWN',
  EXPIRED = 'EXPIRED',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(CertificationStatus, {
  name: 'CertificationStatus',
  description:
    'Derived as of today: recorded SUSPENDED/WITHDRAWN first, then SUPERSEDED (scheme replaced), EXPIRED, EXPIRING_SOON (within 90 days), ACTIVE',
});

/** A certificate expiring within this many days is EXPIRING_SOON. */
export const EXPIRING_SOON_DAYS = 90;

export interface CertificationFacts {
  recordedStatus: 'SUSPENDED' | 'WITHDRAWN' | null;
  expiresOn: string | null;
  /** The scheme's successor, when the scheme itself is superseded (ISO/TS 16949). */
  supersededBy: string | null;
}

/** Status of a certificate on `today` (YYYY-MM-DD). Mirrors VALID_CERT_SQL. */
export function deriveCertificationStatus(c: CertificationFacts, today: string): CertificationStatus {
  if (c.recordedStatus === 'WITHDRAWN') return CertificationStatus.WITHDRAWN;
  if (c.recordedStatus === 'SUSPENDED') return CertificationStatus.SUSPENDED;
  if (c.supersededBy) return CertificationStatus.SUPERSEDED;
  if (c.expiresOn !== null && c.expiresOn < today) return CertificationStatus.EXPIRED;
  if (c.expiresOn !== null && c.expiresOn <= addDays(today, EXPIRING_SOON_DAYS))
    return CertificationStatus.EXPIRING_SOON;
  return CertificationStatus.ACTIVE;
}

export function isValidStatus(s: CertificationStatus): boolean {
  return s === CertificationStatus.ACTIVE || s === CertificationStatus.EXPIRING_SOON;
}

/**
 * SQL predicate "certificate `c` (joined with its scheme `cs`) is valid on date `today`", i.e. its
 * derived status is ACTIVE or EXPIRING_SOON. Keep in step with deriveCertificationStatus.
 */
export function validCertSql(c: string, cs: string, today: string): string {
  return `(${c}.recorded_status IS NULL AND ${cs}.superseded_by IS NULL AND (${c}.expires_on IS NULL OR ${c}.expires_on >= ${today}))`;
}
