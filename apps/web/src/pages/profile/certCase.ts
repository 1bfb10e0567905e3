// "What a certificate is worth": which schemes to offer and how the plants' places change (pure).
import type { CertificationImpactQuery } from '../../generated/graphql';

export type ImpactRow = CertificationImpactQuery['certificationImpact']['plants'][number];

export const TOP = 20;
const FIRST_SCHEME = 'IATF-16949';
const VALID = new Set(['ACTIVE', 'EXPIRING_SOON']);

interface SchemeInfo {
  code: string;
  supersededBy?: string | null;
  processCode?: string | null;
}

/**
 * The schemes the supplier lacks (no valid certificate), IATF 16949 first, then the catalogue's order;
 * superseded schemes never, and a CQI assessment only for a process the supplier has.
 */
export function schemesToOffer(
  schemes: readonly SchemeInfo[],
  held: ReadonlyArray<{ scheme: string; status: string }>,
  processes: readonly string[],
): string[] {
  const valid = new Set(held.filter((c) => VALID.has(c.status)).map((c) => c.scheme));
  const codes = schemes
    .filter((s) => !s.supersededBy && !valid.has(s.code))
    .filter((s) => !s.processCode || processes.includes(s.processCode))
    .map((s) => s.code);
  return [...codes.filter((c) => c === FIRST_SCHEME), ...codes.filter((c) => c !== FIRST_SCHEME)];
}

const inTop = (rank: number | null | undefined): rank is number => rank != null && rank <= TOP;

/** With the certificate the supplier would be in the plant's top 20, and is not now. */
export function entersTop(row: Pick<ImpactRow, 'rankNow' | 'rankWith'>): boolean {
  return inTop(row.rankWith) && !inTop(row.rankNow);
}

/** Plants entering the top 20 first, then by the place with the certificate (none last), then nearest. */
export function sortImpact<T extends Pick<ImpactRow, 'rankNow' | 'rankWith' | 'distanceKm'>>(rows: readonly T[]): T[] {
  const place = (r: T) => r.rankWith ?? Number.POSITIVE_INFINITY;
  return [...rows].sort(
    (a, b) => Number(entersTop(b)) - Number(entersTop(a)) || place(a) - place(b) || a.distanceKm - b.distanceKm,
  );
}

/** The plants (once each) where some process of the supplier would enter the top 20. */
export function plantsEnteringTop(rows: readonly ImpactRow[]): Set<string> {
  return new Set(rows.filter(entersTop).map((r) => r.plant.id));
}
