import { addDays, MEXICO_BBOX } from '@enlace/core';
import { GeneratorData } from './synthetic-data';
import { hash32, mix32, Rng } from './prng';

export interface SyntheticCapability {
  process: string;
  materials: string[];
}

export interface SyntheticCertification {
  scheme: string;
  certificateNumber: string;
  issuer: string;
  issuedOn: string;
  expiresOn: string;
  recordedStatus: 'SUSPENDED' | null;
}

export interface SyntheticSupplier {
  sourceId: string;
  name: string;
  rfc: string | null;
  tier: 'TIER_1' | 'TIER_2' | 'TIER_3' | null;
  stateCode: string;
  city: string;
  lat: number;
  lng: number;
  employees: string;
  profileConfirmedAt: Date | null;
  capabilities: SyntheticCapability[];
  certifications: SyntheticCertification[];
}

/** Standard deviation of the scatter around a city centre, in km. */
export const SCATTER_KM = 4;
const MAX_SCATTER_SIGMAS = 3;

const ISSUERS = [
  'TÜV SÜD',
  'TÜV Rheinland',
  'Bureau Veritas',
  'DNV',
  'SGS',
  'Intertek',
  'LRQA',
  'DQS',
  'AENOR',
  'NSF-ISR',
];
const EMPLOYEE_BANDS = [
  '0 a 5 personas',
  '6 a 10 personas',
  '11 a 30 personas',
  '31 a 50 personas',
  '51 a 100 personas',
  '101 a 250 personas',
  '251 y más personas',
];
const EMPLOYEE_WEIGHTS = [4, 8, 22, 42, 62, 84, 100];
const RFC_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BASE36 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DAYS_IN_RFC_DATES = 36500;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Per-seed constants, computed once per run. */
export interface SeedContext {
  seed: string;
  seedHash: number;
  /** Multiplier/offset of the name permutation (unique names within a seed). */
  nameA: number;
  nameB: number;
  rfcLetters: string;
  rfcOffset: number;
}

export function seedContext(seed: string, data: GeneratorData): SeedContext {
  const seedHash = hash32(seed);
  const m = data.prefixes.length * data.cores.length * data.suffixes.length;
  let a = (mix32(seedHash, 1) % m) | 1;
  while (gcd(a, m) !== 1) a = (a + 2) % m || 1;
  const h = mix32(seedHash, 2);
  const rfcLetters = RFC_LETTERS[h % 26] + RFC_LETTERS[Math.floor(h / 26) % 26] + RFC_LETTERS[Math.floor(h / 676) % 26];
  return { seed, seedHash, nameA: a, nameB: mix32(seedHash, 3) % m, rfcLetters, rfcOffset: mix32(seedHash, 4) % 46656 };
}

/** Unique within a seed: a seeded permutation of prefix × core × suffix, then a second word or a number. */
function companyName(ctx: SeedContext, data: GeneratorData, index: number): string {
  const { prefixes, cores, suffixes } = data;
  const m = prefixes.length * cores.length * suffixes.length;
  const round = Math.floor(index / m);
  const k = (ctx.nameA * (index % m) + ctx.nameB) % m;
  const p = prefixes[k % prefixes.length];
  const ci = Math.floor(k / prefixes.length) % cores.length;
  const s = suffixes[Math.floor(k / (prefixes.length * cores.length))];
  const c = cores[ci];
  if (round === 0) return `${p} ${c} ${s}`;
  if (round < cores.length) return `${p} ${c} y ${cores[(ci + round) % cores.length]} ${s}`;
  return `${p} ${c} ${round - cores.length + 2} ${s}`;
}

/** A valid, per-seed unique RFC (persona moral: 3 letters, YYMMDD, 3-character homoclave). */
function rfcFor(ctx: SeedContext, index: number): string {
  const day = index % DAYS_IN_RFC_DATES;
  const d = new Date(Date.UTC(1925, 0, 1) + day * 86_400_000);
  const date =
    String(d.getUTCFullYear() % 100).padStart(2, '0') +
    String(d.getUTCMonth() + 1).padStart(2, '0') +
    String(d.getUTCDate()).padStart(2, '0');
  let h = (Math.floor(index / DAYS_IN_RFC_DATES) + ctx.rfcOffset) % 46656;
  let homoclave = '';
  for (let i = 0; i < 3; i++) {
    homoclave = BASE36[h % 36] + homoclave;
    h = Math.floor(h / 36);
  }
  return ctx.rfcLetters + date + homoclave;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * The `index`-th synthetic supplier of a seed. Pure: the same (seed, index, today) always gives
 * the same supplier, whatever batch it is generated in.
 */
export function syntheticSupplier(
  ctx: SeedContext,
  data: GeneratorData,
  index: number,
  today: string,
): SyntheticSupplier {
  const rng = new Rng(mix32(ctx.seedHash, index));
  const city = data.cities[rng.weighted(data.cumulativeCityWeights)];
  const sd = (km: number) => clamp(km, -MAX_SCATTER_SIGMAS * SCATTER_KM, MAX_SCATTER_SIGMAS * SCATTER_KM);
  const dLat = sd(rng.gaussian() * SCATTER_KM) / 111.32;
  const dLng = sd(rng.gaussian() * SCATTER_KM) / (111.32 * Math.cos((city.lat * Math.PI) / 180));
  // clamped into the box the API checks locations against, so every generated point is accepted
  const lat = Math.round(clamp(city.lat + dLat, MEXICO_BBOX.minLat, MEXICO_BBOX.maxLat) * 1e6) / 1e6;
  const lng = Math.round(clamp(city.lng + dLng, MEXICO_BBOX.minLng, MEXICO_BBOX.maxLng) * 1e6) / 1e6;

  const tr = rng.float();
  const tier = tr < 0.1 ? 'TIER_1' : tr < 0.45 ? 'TIER_2' : tr < 0.85 ? 'TIER_3' : null;
  const employees = EMPLOYEE_BANDS[rng.weighted(EMPLOYEE_WEIGHTS)];

  const nCaps = rng.weighted([45, 75, 92, 100]) + 1;
  const capabilities = rng.sample(data.processes, Math.min(nCaps, data.processes.length)).map((p) => {
    const options = data.materials.get(p.code) ?? [];
    const materials = options.length ? rng.sample(options, rng.int(1, Math.min(2, options.length))) : [];
    return { process: p.code, materials };
  });

  const certifications: SyntheticCertification[] = [];
  const cert = (scheme: string, expiresOn: string, validityYears: number) => {
    const issued = new Date(`${expiresOn}T00:00:00Z`);
    issued.setUTCFullYear(issued.getUTCFullYear() - validityYears);
    certifications.push({
      scheme,
      certificateNumber: `${scheme.replace(/[^A-Z0-9]/g, '')}-${(mix32(ctx.seedHash ^ 0x5bd1e995, index * 31 + certifications.length) % 1e8).toString().padStart(8, '0')}`,
      issuer: rng.pick(ISSUERS),
      issuedOn: issued.toISOString().slice(0, 10),
      expiresOn,
      recordedStatus: rng.chance(0.03) ? 'SUSPENDED' : null,
    });
  };
  /** An expiry date: expired (pExpired), within 90 days (pSoon), or up to `years` ahead. */
  const expiry = (pExpired: number, pSoon: number, years: number) => {
    const r = rng.float();
    if (r < pExpired) return addDays(today, -rng.int(1, 720));
    if (r < pExpired + pSoon) return addDays(today, rng.int(0, 90));
    return addDays(today, rng.int(91, Math.round(365 * years)));
  };
  if (!rng.chance(0.45)) {
    // Certified suppliers (~55%): IATF on ~30% of all suppliers, ISO 9001 common, some ISO 14001, a few legacy ISO/TS.
    const iatf = rng.chance(0.3 / 0.55);
    if (iatf) cert('IATF-16949', expiry(0.1, 0.12, 3), 3);
    if (!iatf || rng.chance(0.6)) cert('ISO-9001', expiry(0.08, 0.08, 3), 3);
    if (rng.chance(0.25)) cert('ISO-14001', expiry(0.1, 0.08, 3), 3);
    if (rng.chance(0.05)) cert('ISO-TS-16949', addDays('2018-09-14', -rng.int(0, 400)), 3);
    const assessed = capabilities
      .map((c) => data.processes.find((p) => p.code === c.process)?.assessment)
      .find(Boolean);
    if (assessed && rng.chance(0.3)) cert(assessed, expiry(0.15, 0.1, 1), 1);
  }

  const profileConfirmedAt = rng.chance(0.3)
    ? null
    : new Date(Date.parse(`${today}T12:00:00Z`) - Math.floor(rng.float() * 3 * 365 * 86_400) * 1000);
  const rfc = rng.chance(0.35) ? null : rfcFor(ctx, index);

  return {
    sourceId: `${ctx.seed}-${index}`,
    name: companyName(ctx, data, index),
    rfc,
    tier,
    stateCode: city.stateCode,
    city: city.city,
    lat,
    lng,
    employees,
    profileConfirmedAt,
    capabilities,
    certifications,
  };
}
