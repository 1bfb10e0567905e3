/**
 * The ranking's scoring rules, as pure functions (no I/O) so that the exact top-k search, the
 * naive full scan and the tests all score with the same code. See README "## Ranking".
 */

/** Proximity half-distance: proximity = 1 / (1 + km / D0), so 0.5 at 50 km, 0.2 at 200 km. */
export const PROXIMITY_D0_KM = 50;
/** Road distance is taken as great-circle distance times this circuity factor. */
export const ROAD_CIRCUITY = 1.3;
/** Average loaded-truck speed used for estimatedDriveHours. */
export const TRUCK_SPEED_KMH = 60;
/** A certificate with this many days (or more, or no expiry date) left counts fully. */
export const FULL_STRENGTH_DAYS = 730;
/** What a valid certificate counts for at its expiry date (rising linearly to 1 at FULL_STRENGTH_DAYS left). */
export const CERT_STRENGTH_FLOOR = 0.5;
/** Freshness halves every this many days since the last profile confirmation. */
export const FRESHNESS_HALF_LIFE_DAYS = 365;

export const IATF = 'IATF-16949';
export const ISO_9001 = 'ISO-9001';
/** ISO 9001 alone is worth this share of a full-strength IATF 16949 in the baseline. */
export const ISO_9001_BASELINE_FACTOR = 0.5;

/** Shares inside the certification component (normalized over the parts that apply). */
export const CERT_PART_REQUESTED = 0.5;
export const CERT_PART_BASELINE = 0.35;
export const CERT_PART_ASSESSMENT = 0.15;

/** Capability: this much for having the process, ... */
export const CAPABILITY_BASE = 0.4;
/** ... up to this much more for listed materials, reached at CAPABILITY_FULL_MATERIALS of them, ... */
export const CAPABILITY_MATERIALS = 0.4;
export const CAPABILITY_FULL_MATERIALS = 3;
/** ... and this much for capability notes. */
export const CAPABILITY_NOTES = 0.2;

export interface Weights {
  proximity: number;
  certification: number;
  capability: number;
  freshness: number;
}

/** Default weights (sum 1): proximity is the largest. */
export const DEFAULT_WEIGHTS: Weights = { proximity: 0.5, certification: 0.3, capability: 0.1, freshness: 0.1 };

export interface RankParams {
  process: string;
  /** The process's own AIAG assessment scheme (e.g. CQI-23 for injection-molding), if any. */
  processAssessment: string | null;
  required: string[];
  /** Preferred schemes not already required. */
  preferred: string[];
  maxDistanceKm: number | null;
  first: number;
  weights: Weights;
  /** YYYY-MM-DD in the application time zone. */
  today: string;
}

/** One supplier that has the process, as read from the database. */
export interface Candidate {
  id: string;
  /** cube `<->` chord in metres (the KNN order key). */
  chord: number;
  km: number;
  materials: string[];
  notes: string | null;
  /** Date (application time zone) of the last profile confirmation, null when never. */
  confirmedOn: string | null;
  /** Relevant schemes held with a valid certificate -> latest expiry among them (null = no expiry). */
  valid: Map<string, string | null>;
}

export interface Breakdown {
  proximity: number;
  certification: number;
  capability: number;
  freshness: number;
}

export interface Scored {
  candidate: Candidate;
  score: number;
  breakdown: Breakdown;
}

/** Schemes whose valid certificates the scorer needs for a query. */
export function relevantSchemes(p: Pick<RankParams, 'required' | 'preferred' | 'processAssessment'>): string[] {
  const out = new Set<string>([...p.required, ...p.preferred, IATF, ISO_9001]);
  if (p.processAssessment) out.add(p.processAssessment);
  return [...out];
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function proximity(km: number): number {
  return 1 / (1 + km / PROXIMITY_D0_KM);
}

export function estimatedDriveHours(km: number): number {
  return Math.round(((km * ROAD_CIRCUITY) / TRUCK_SPEED_KMH) * 100) / 100;
}

/**
 * What a valid certificate counts for: 0 when not held valid; 1 with no expiry date or at least
 * FULL_STRENGTH_DAYS left; otherwise CERT_STRENGTH_FLOOR + (1 - CERT_STRENGTH_FLOOR) * daysLeft /
 * FULL_STRENGTH_DAYS (0.5 + 0.5 * daysLeft / 730, so one expiring within 90 days counts at most ~0.56).
 */
export function certStrength(expiry: string | null | undefined, today: string): number {
  if (expiry === undefined) return 0;
  if (expiry === null) return 1;
  const left = Math.max(0, daysBetween(today, expiry));
  return CERT_STRENGTH_FLOOR + (1 - CERT_STRENGTH_FLOOR) * Math.min(1, left / FULL_STRENGTH_DAYS);
}

export function certificationScore(c: Candidate, p: RankParams): number {
  const requested = [...p.required, ...p.preferred];
  let total = 0;
  let weight = 0;
  if (requested.length) {
    let sum = 0;
    for (const s of requested) sum += certStrength(c.valid.get(s), p.today);
    total += CERT_PART_REQUESTED * (sum / requested.length);
    weight += CERT_PART_REQUESTED;
  }
  const baseline = Math.max(
    certStrength(c.valid.get(IATF), p.today),
    ISO_9001_BASELINE_FACTOR * certStrength(c.valid.get(ISO_9001), p.today),
  );
  total += CERT_PART_BASELINE * baseline;
  weight += CERT_PART_BASELINE;
  if (p.processAssessment) {
    total += CERT_PART_ASSESSMENT * certStrength(c.valid.get(p.processAssessment), p.today);
    weight += CERT_PART_ASSESSMENT;
  }
  return Math.min(1, total / weight);
}

/** 0.4 for having the process, up to +0.4 for listed materials (3 or more), +0.2 for notes. */
export function capabilityScore(c: Pick<Candidate, 'materials' | 'notes'>): number {
  const m = Math.min(CAPABILITY_FULL_MATERIALS, c.materials.filter((x) => x.trim() !== '').length);
  const notes = c.notes && c.notes.trim() ? CAPABILITY_NOTES : 0;
  return CAPABILITY_BASE + (CAPABILITY_MATERIALS * m) / CAPABILITY_FULL_MATERIALS + notes;
}

/** 0 when never confirmed; 1 when confirmed today, halving every FRESHNESS_HALF_LIFE_DAYS. */
export function freshnessScore(confirmedOn: string | null, today: string): number {
  if (!confirmedOn) return 0;
  const age = Math.max(0, daysBetween(confirmedOn, today));
  return Math.pow(0.5, age / FRESHNESS_HALF_LIFE_DAYS);
}

/** The weighted sum; upperBound below must keep exactly this shape (same operand order). */
function combine(w: Weights, prox: number, cert: number, cap: number, fresh: number): number {
  return Math.min(1, w.proximity * prox + w.certification * cert + w.capability * cap + w.freshness * fresh);
}

export function scoreCandidate(c: Candidate, p: RankParams): Scored {
  const breakdown = {
    proximity: proximity(c.km),
    certification: certificationScore(c, p),
    capability: capabilityScore(c),
    freshness: freshnessScore(c.confirmedOn, p.today),
  };
  return {
    candidate: c,
    breakdown,
    score: combine(p.weights, breakdown.proximity, breakdown.certification, breakdown.capability, breakdown.freshness),
  };
}

/**
 * The best score any supplier at `km` or farther could reach: its proximity is at most
 * proximity(km) and every other component at most 1. Floating-point rounding is monotone, so with
 * the same expression shape as combine() this bounds the computed scores exactly.
 */
export function upperBound(km: number, w: Weights): number {
  return combine(w, proximity(km), 1, 1, 1);
}

/** Whether a candidate with the process qualifies: every required scheme held valid, within the maximum distance. */
export function qualifies(c: Candidate, p: Pick<RankParams, 'required' | 'maxDistanceKm'>): boolean {
  return p.required.every((s) => c.valid.has(s)) && (p.maxDistanceKm === null || c.km <= p.maxDistanceKm);
}

/** Result order: score descending, then distance ascending, then id ascending. */
export function compareScored(a: Scored, b: Scored): number {
  if (a.score !== b.score) return a.score > b.score ? -1 : 1;
  if (a.candidate.km !== b.candidate.km) return a.candidate.km < b.candidate.km ? -1 : 1;
  return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
}

/**
 * Whether no supplier at distance `km` or farther can enter a full top-k whose k-th entry is
 * `kth`: its best reachable score is below the k-th score, or equal while farther (ties go to the
 * nearer supplier; a supplier at exactly the same distance could still win on id, so equality
 * stops only when the k-th entry is strictly nearer).
 */
export function canStop(kth: Scored, km: number, w: Weights): boolean {
  const ub = upperBound(km, w);
  return kth.score > ub || (kth.score === ub && kth.candidate.km < km);
}

/** Validates optional weights: finite, non-negative, not all zero; normalized to sum 1. */
export function normalizeWeights(
  w: { [K in keyof Weights]?: number | null } | null | undefined,
  fail: (field: string, message: string) => Error,
): Weights {
  if (!w) return DEFAULT_WEIGHTS;
  const out = { ...DEFAULT_WEIGHTS };
  for (const k of ['proximity', 'certification', 'capability', 'freshness'] as const) {
    const v = w[k];
    if (v === undefined || v === null) continue;
    if (!Number.isFinite(v) || v < 0) throw fail(`input.weights.${k}`, `must be a non-negative number, got ${v}`);
    out[k] = v;
  }
  const sum = out.proximity + out.certification + out.capability + out.freshness;
  if (!(sum > 0)) throw fail('input.weights', 'at least one weight must be positive');
  return {
    proximity: out.proximity / sum,
    certification: out.certification / sum,
    capability: out.capability / sum,
    freshness: out.freshness / sum,
  };
}

/** Human-readable scheme name: "IATF-16949" -> "IATF 16949", "ISO-TS-16949" -> "ISO/TS 16949", CQI codes unchanged. */
export function schemeLabel(code: string): string {
  if (code === 'ISO-TS-16949') return 'ISO/TS 16949';
  if (/^CQI-/.test(code)) return code;
  return code.replace('-', ' ');
}

/** What a reason is about; `reasonText` says it in English, the web app in the reader's language. */
export type MatchReasonKind =
  | 'DISTANCE'
  | 'CERTIFICATE_VALID'
  | 'CERTIFICATE_MISSING'
  | 'NO_IATF_ISO_VALID'
  | 'NO_IATF'
  | 'NO_IATF_OR_ISO'
  | 'MATERIALS'
  | 'NO_MATERIALS'
  | 'NOTES_PROVIDED'
  | 'NEVER_CONFIRMED'
  | 'CONFIRMED';

/** Why a certificate is mentioned: asked for, or the automotive baseline, or the process's assessment. */
export type MatchReasonRole = 'REQUIRED' | 'PREFERRED' | 'BASELINE' | 'ASSESSMENT';

/** One reason for a match, with the figures it names (only those of its kind are set). */
export interface MatchReason {
  kind: MatchReasonKind;
  km?: number;
  hours?: number;
  plantName?: string;
  scheme?: string;
  role?: MatchReasonRole;
  /** A valid certificate's expiry date (null: it has none). */
  expiresOn?: string | null;
  /** A valid certificate that expires within 90 days. */
  expiringSoon?: boolean;
  /** The process whose assessment the certificate is. */
  process?: string;
  materials?: string[];
  /** Whole months since the profile was last confirmed. */
  months?: number;
}

const EXPIRING_SOON_DAYS = 90;

function validReason(code: string, expiry: string | null, today: string, role: MatchReasonRole): MatchReason {
  return {
    kind: 'CERTIFICATE_VALID',
    scheme: code,
    role,
    expiresOn: expiry,
    expiringSoon: expiry !== null && daysBetween(today, expiry) <= EXPIRING_SOON_DAYS,
  };
}

/** The baseline reason when IATF 16949 was not asked for: held, or ISO 9001 instead, or neither. */
function baselineReason(c: Candidate, p: RankParams): MatchReason {
  const iatf = c.valid.get(IATF);
  const iso = c.valid.get(ISO_9001);
  if (iatf !== undefined) return validReason(IATF, iatf, p.today, 'BASELINE');
  if (iso !== undefined && !p.required.includes(ISO_9001) && !p.preferred.includes(ISO_9001))
    return { ...validReason(ISO_9001, iso, p.today, 'BASELINE'), kind: 'NO_IATF_ISO_VALID' };
  return { kind: iso === undefined ? 'NO_IATF_OR_ISO' : 'NO_IATF' };
}

function confirmationReason(c: Candidate, p: RankParams): MatchReason {
  if (!c.confirmedOn) return { kind: 'NEVER_CONFIRMED' };
  return { kind: 'CONFIRMED', months: Math.floor(Math.max(0, daysBetween(c.confirmedOn, p.today)) / 30.44) };
}

/** The reasons for a match, in a stable order: distance, certificates, capability, confirmation. */
export function explain(s: Scored, p: RankParams, plantName: string): MatchReason[] {
  const c = s.candidate;
  const out: MatchReason[] = [{ kind: 'DISTANCE', km: c.km, hours: estimatedDriveHours(c.km), plantName }];
  for (const r of p.required) {
    const e = c.valid.get(r);
    if (e !== undefined) out.push(validReason(r, e, p.today, 'REQUIRED'));
  }
  for (const r of p.preferred) {
    const e = c.valid.get(r);
    out.push(
      e !== undefined
        ? validReason(r, e, p.today, 'PREFERRED')
        : { kind: 'CERTIFICATE_MISSING', scheme: r, role: 'PREFERRED' },
    );
  }
  if (!p.required.includes(IATF) && !p.preferred.includes(IATF)) out.push(baselineReason(c, p));
  const assessment = p.processAssessment;
  if (assessment && !p.required.includes(assessment) && !p.preferred.includes(assessment)) {
    const e = c.valid.get(assessment);
    if (e !== undefined) out.push({ ...validReason(assessment, e, p.today, 'ASSESSMENT'), process: p.process });
  }
  const materials = c.materials.filter((m) => m.trim() !== '');
  out.push(materials.length ? { kind: 'MATERIALS', materials } : { kind: 'NO_MATERIALS' });
  if (c.notes && c.notes.trim()) out.push({ kind: 'NOTES_PROVIDED' });
  out.push(confirmationReason(c, p));
  return out;
}

function validText(r: MatchReason): string {
  const name = schemeLabel(r.scheme!);
  if (r.expiresOn == null) return `${name} valid (no expiry date)`;
  return r.expiringSoon ? `${name} expires soon (${r.expiresOn})` : `${name} valid until ${r.expiresOn}`;
}

const ROLE_SUFFIX: Record<MatchReasonRole, (r: MatchReason) => string> = {
  REQUIRED: () => ' (required)',
  PREFERRED: () => ' (preferred)',
  BASELINE: () => '',
  ASSESSMENT: (r) => ` (${r.process} assessment)`,
};

function confirmedText(months: number): string {
  if (months >= 12) return `profile not confirmed in ${months} months`;
  if (months === 0) return 'profile confirmed this month';
  return `profile confirmed ${months} month${months === 1 ? '' : 's'} ago`;
}

/** A reason in plain English (the API's `reasons`). */
export function reasonText(r: MatchReason): string {
  switch (r.kind) {
    case 'DISTANCE':
      return `${Math.round(r.km!)} km from ${r.plantName} (about ${r.hours!.toFixed(1)} h by truck)`;
    case 'CERTIFICATE_VALID':
      return validText(r) + ROLE_SUFFIX[r.role!](r);
    case 'CERTIFICATE_MISSING':
      return `${schemeLabel(r.scheme!)} missing (preferred)`;
    case 'NO_IATF_ISO_VALID':
      return `no valid IATF 16949; ${validText(r)}`;
    case 'NO_IATF':
      return 'no valid IATF 16949';
    case 'NO_IATF_OR_ISO':
      return 'no valid IATF 16949 or ISO 9001';
    case 'MATERIALS':
      return `materials: ${r.materials!.join(', ')}`;
    case 'NO_MATERIALS':
      return 'no materials listed';
    case 'NOTES_PROVIDED':
      return 'capability notes provided';
    case 'NEVER_CONFIRMED':
      return 'profile never confirmed';
    case 'CONFIRMED':
      return confirmedText(r.months!);
  }
}

/** Preferred schemes the supplier lacks or holds only invalid. */
export function missingPreferred(c: Candidate, p: RankParams): string[] {
  return p.preferred.filter((s) => !c.valid.has(s));
}
