import {
  ChangeActor,
  FieldChanges,
  NewCapabilityRow,
  ProfileRow,
  SupplierAuditAction,
  SupplierBatchWrite,
} from '@enlace/suppliers';
import { CandidateCapability, CandidateCertification, SupplierCandidate } from './candidate';
import { PossibleDuplicate } from './import-report';

/** Who runs an import (recorded on its audit entries); nobody for a system import. */
export type ImportActor = ChangeActor;

export type WriteOutcome =
  | { line: number; kind: 'created' | 'updated' | 'unchanged'; id: string }
  | { line: number; kind: 'error'; field: string; message: string };

/** A supplier the batch creates, as the possible-duplicate check needs it. */
export interface CreatedRow {
  line: number;
  name: string;
  lat: number;
  lng: number;
}

/** A matched supplier's profile as stored (`profileConfirmedAt` in canonicalTimestamp's form). */
export interface ExistingSupplier extends ProfileRow {
  profileConfirmedAt: string | null;
  version: number;
}

/** What the batch's rows match in the database, read in the batch's transaction. */
export interface BatchReads {
  /** The supplier each row matches, by position in the batch (null: a new supplier). */
  matches: Array<string | null>;
  existing: Map<string, ExistingSupplier>;
  /** Capabilities of the matched suppliers, in their order. */
  capabilities: Map<string, CandidateCapability[]>;
  /** Certificates of the matched suppliers (read only when the batch has template rows). */
  certifications: Map<string, CandidateCertification[]>;
  /** The suppliers holding the batch's RFCs. */
  rfcOwners: Map<string, { id: string; name: string }>;
}

export interface BatchPlan {
  /** One per row of the batch. */
  outcomes: WriteOutcome[];
  /** Rows refused because another supplier holds their RFC. */
  duplicates: PossibleDuplicate[];
  /** The suppliers the batch creates, for the similar-name check. */
  created: CreatedRow[];
  /** What SupplierStore.applyBatch writes. */
  write: SupplierBatchWrite;
}

/** The lines that matched a supplier or used an RFC earlier in the batch. */
interface Claims {
  ids: Map<string, number>;
  rfcs: Map<string, number>;
}

/**
 * Decides what a batch of validated rows does, from what was read (pure: no database). A row that
 * matches nothing creates a supplier (id `newIds[i]`); a matched one rewrites the profile when
 * something differs (version + 1) or is unchanged; a row is refused when another supplier holds
 * its RFC (also a possible duplicate), when an earlier row of the batch uses the same RFC, or when
 * it matches the same supplier as an earlier row. Created and updated profiles get one audit entry
 * each.
 */
export function planBatch(
  batch: SupplierCandidate[],
  reads: BatchReads,
  newIds: string[],
  actor: ImportActor,
): BatchPlan {
  const plan = emptyPlan();
  const claims: Claims = { ids: new Map(), rfcs: new Map() };
  batch.forEach((c, i) => {
    const id = reads.matches[i] ?? null;
    if (refused(plan, c, id, reads, claims)) return;
    const old = id ? reads.existing.get(id) : undefined;
    if (old) {
      planUpdate(plan, c, old, reads, actor);
      claims.ids.set(old.id, c.line);
    } else planCreate(plan, c, newIds[i], actor);
    if (c.rfc) claims.rfcs.set(c.rfc, c.line);
  });
  plan.write.capabilities = firstPerProcess(plan.write.capabilities);
  return plan;
}

function emptyPlan(): BatchPlan {
  return {
    outcomes: [],
    duplicates: [],
    created: [],
    write: {
      creates: [],
      updates: [],
      replaceCapabilitiesOf: [],
      replaceCertificationsOf: [],
      capabilities: [],
      certifications: [],
      audit: [],
    },
  };
}

/** Records the row's error (and possible duplicate) when it cannot be written; true if so. */
function refused(plan: BatchPlan, c: SupplierCandidate, id: string | null, reads: BatchReads, claims: Claims): boolean {
  const fail = (field: string, message: string) => {
    plan.outcomes.push({ line: c.line, kind: 'error', field, message });
    return true;
  };
  const claimedBy = id ? claims.ids.get(id) : undefined;
  if (claimedBy !== undefined)
    return fail(c.source ? 'source_id' : c.id ? 'id' : 'rfc', `matches the same supplier as line ${claimedBy}`);
  if (!c.rfc) return false;
  const owner = reads.rfcOwners.get(c.rfc);
  if (owner && owner.id !== id) {
    plan.duplicates.push({
      line: c.line,
      name: c.name,
      existingId: owner.id,
      existingName: owner.name,
      reason: `same RFC ${c.rfc}`,
    });
    return fail(
      'rfc',
      `RFC ${c.rfc} already belongs to supplier ${owner.id} ("${owner.name}"); listed under possibleDuplicates for review`,
    );
  }
  const rfcLine = claims.rfcs.get(c.rfc);
  return rfcLine !== undefined && fail('rfc', `RFC ${c.rfc} is also used on line ${rfcLine}`);
}

function planCreate(plan: BatchPlan, c: SupplierCandidate, id: string, actor: ImportActor): void {
  const { write } = plan;
  write.creates.push({ ...candidateProfile(c, id), source: c.source, sourceId: c.sourceId });
  c.capabilities.forEach((cap, position) => write.capabilities.push({ supplierId: id, ...cap, position }));
  for (const cert of c.certifications) write.certifications.push({ supplierId: id, ...cert });
  write.audit.push({
    supplierId: id,
    actor,
    action: SupplierAuditAction.IMPORT_CREATE,
    version: 1,
    changes: { source: { old: null, new: c.source }, line: { old: null, new: c.line } },
  });
  plan.outcomes.push({ line: c.line, kind: 'created', id });
  plan.created.push({ line: c.line, name: c.name, lat: c.lat, lng: c.lng });
}

function planUpdate(
  plan: BatchPlan,
  c: SupplierCandidate,
  old: ExistingSupplier,
  reads: BatchReads,
  actor: ImportActor,
): void {
  const row = mergedProfile(c, old);
  const caps = capabilityChange(c, reads.capabilities.get(old.id) ?? []);
  const certs = certificationChange(c, reads.certifications.get(old.id) ?? []);
  const changes: FieldChanges = { ...profileChanges(old, row), ...caps.changes, ...certs.changes };
  if (!Object.keys(changes).length) {
    plan.outcomes.push({ line: c.line, kind: 'unchanged', id: old.id });
    return;
  }
  const { write } = plan;
  write.updates.push(row);
  if (caps.replace) write.replaceCapabilitiesOf.push(old.id);
  for (const cap of caps.rows) write.capabilities.push({ supplierId: old.id, ...cap });
  if (certs.replace) write.replaceCertificationsOf.push(old.id);
  for (const cert of certs.rows) write.certifications.push({ supplierId: old.id, ...cert });
  write.audit.push({
    supplierId: old.id,
    actor,
    action: SupplierAuditAction.IMPORT_UPDATE,
    version: old.version + 1,
    changes,
  });
  plan.outcomes.push({ line: c.line, kind: 'updated', id: old.id });
}

function candidateProfile(c: SupplierCandidate, id: string): Omit<ExistingSupplier, 'version'> {
  return {
    id,
    name: c.name,
    rfc: c.rfc,
    tier: c.tier,
    stateCode: c.stateCode,
    city: c.city,
    lat: c.lat,
    lng: c.lng,
    employees: c.employees,
    contactEmail: c.contactEmail,
    contactPhone: c.contactPhone,
    website: c.website,
    profileConfirmedAt: c.profileConfirmedAt,
  };
}

/**
 * The profile a matched row leaves: a template row is the whole profile; a DENUE row manages only
 * the fields DENUE has (not RFC, tier or confirmation) and never clears one with an empty value.
 */
export function mergedProfile(c: SupplierCandidate, old: ExistingSupplier): ExistingSupplier {
  const row = { ...candidateProfile(c, old.id), version: old.version };
  if (c.mode !== 'denue') return row;
  const keep = <T>(incoming: T | null, current: T | null): T | null => (incoming === null ? current : incoming);
  return {
    ...row,
    rfc: old.rfc,
    tier: old.tier,
    profileConfirmedAt: old.profileConfirmedAt,
    employees: keep(c.employees, old.employees),
    contactEmail: keep(c.contactEmail, old.contactEmail),
    contactPhone: keep(c.contactPhone, old.contactPhone),
    website: keep(c.website, old.website),
  };
}

const PROFILE_FIELDS = [
  'name',
  'rfc',
  'tier',
  'stateCode',
  'city',
  'employees',
  'contactEmail',
  'contactPhone',
  'website',
  'profileConfirmedAt',
] as const;

/** The profile fields that differ, named as the API's audit entries name them (lat/lng as `location`). */
function profileChanges(old: ExistingSupplier, row: ExistingSupplier): FieldChanges {
  const changes: FieldChanges = {};
  for (const k of PROFILE_FIELDS) if (row[k] !== old[k]) changes[k] = { old: old[k], new: row[k] };
  if (row.lat !== old.lat || row.lng !== old.lng)
    changes.location = { old: { lat: old.lat, lng: old.lng }, new: { lat: row.lat, lng: row.lng } };
  return changes;
}

interface ListChange<T> {
  /** Delete the supplier's current list before inserting `rows`. */
  replace: boolean;
  rows: T[];
  changes: FieldChanges;
}

/** A template row replaces the capability list when it differs; a DENUE row adds the processes missing. */
function capabilityChange(
  c: SupplierCandidate,
  current: CandidateCapability[],
): ListChange<Omit<NewCapabilityRow, 'supplierId'>> {
  if (c.mode === 'denue') {
    const added = c.capabilities.filter((n) => !current.some((o) => o.process === n.process));
    if (!added.length) return { replace: false, rows: [], changes: {} };
    const rows = added.map((cap, i) => ({ ...cap, position: current.length + i }));
    return { replace: false, rows, changes: { capabilities: { old: current, new: [...current, ...added] } } };
  }
  if (sameCapabilities(current, c.capabilities)) return { replace: false, rows: [], changes: {} };
  const rows = c.capabilities.map((cap, position) => ({ ...cap, position }));
  return { replace: true, rows, changes: { capabilities: { old: current, new: c.capabilities } } };
}

/** A template row replaces the certificates when they differ (as a set); DENUE rows have none. */
function certificationChange(
  c: SupplierCandidate,
  current: CandidateCertification[],
): ListChange<CandidateCertification> {
  if (c.mode === 'denue' || sameCertifications(current, c.certifications))
    return { replace: false, rows: [], changes: {} };
  return {
    replace: true,
    rows: c.certifications,
    changes: { certifications: { old: current, new: c.certifications } },
  };
}

function sameCapabilities(a: CandidateCapability[], b: CandidateCapability[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (c, i) =>
      c.process === b[i].process &&
      (c.notes ?? null) === (b[i].notes ?? null) &&
      c.materials.length === b[i].materials.length &&
      c.materials.every((m, j) => m === b[i].materials[j]),
  );
}

function certKey(c: CandidateCertification): string {
  return JSON.stringify([c.scheme, c.certificateNumber, c.issuer, c.issuedOn, c.expiresOn, c.recordedStatus]);
}

function sameCertifications(a: CandidateCertification[], b: CandidateCertification[]): boolean {
  if (a.length !== b.length) return false;
  const ka = a.map(certKey).sort();
  const kb = b.map(certKey).sort();
  return ka.every((k, i) => k === kb[i]);
}

/**
 * One row per (supplier, process), the first listed winning (the template rejects repeats; this
 * keeps the insert a plain one even if a mapping ever listed a process twice).
 */
function firstPerProcess(rows: NewCapabilityRow[]): NewCapabilityRow[] {
  const seen = new Set<string>();
  return rows.filter((r) => {
    const key = `${r.supplierId}\u0000${r.process}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
