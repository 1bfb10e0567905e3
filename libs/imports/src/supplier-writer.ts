import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { insertWithCapabilityFacts } from '@enlace/core';
import { CandidateCapability, CandidateCertification, canonicalTimestampSql, SupplierCandidate } from './candidate';
import { PossibleDuplicate } from './import-report';

export interface ImportActor {
  userId: string | null;
  email: string | null;
}

export type WriteOutcome =
  | { line: number; kind: 'created' | 'updated' | 'unchanged'; id: string }
  | { line: number; kind: 'error'; field: string; message: string };

export interface BatchResult {
  outcomes: WriteOutcome[];
  duplicates: PossibleDuplicate[];
}

/** A supplier the batch creates, as the possible-duplicate check needs it. */
export interface CreatedRow {
  line: number;
  name: string;
  lat: number;
  lng: number;
}

interface ExistingRow {
  id: string;
  name: string;
  rfc: string | null;
  tier: string | null;
  state_code: string;
  city: string;
  lat: number;
  lng: number;
  employees: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  website: string | null;
  profile_confirmed_at: string | null;
  version: number;
}

/** The profile fields an import row ends up with (what is compared to decide unchanged). */
type Final = Omit<ExistingRow, 'version'>;

const COMPARED: Array<keyof Final> = [
  'name',
  'rfc',
  'tier',
  'state_code',
  'city',
  'lat',
  'lng',
  'employees',
  'contact_email',
  'contact_phone',
  'website',
  'profile_confirmed_at',
];

/** Trigram similarity above which a nearby supplier's name counts as a possible duplicate. */
export const DUPLICATE_NAME_SIMILARITY = 0.6;
/** Great-circle distance (km) under which a similar name counts as a possible duplicate. */
export const DUPLICATE_DISTANCE_KM = 1;
/** Nearest suppliers examined per incoming row for the possible-duplicate test. */
export const DUPLICATE_CANDIDATES = 10;

function certKey(c: CandidateCertification): string {
  return JSON.stringify([c.scheme, c.certificateNumber, c.issuer, c.issuedOn, c.expiresOn, c.recordedStatus]);
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

function sameCertifications(a: CandidateCertification[], b: CandidateCertification[]): boolean {
  if (a.length !== b.length) return false;
  const ka = a.map(certKey).sort();
  const kb = b.map(certKey).sort();
  return ka.every((k, i) => k === kb[i]);
}

/**
 * Matches a batch of validated rows to existing suppliers and writes the differences: inserts new
 * suppliers, updates changed ones (version + 1), leaves equal ones alone. Everything through `m`,
 * i.e. in the caller's transaction. With `dryRun` it classifies without writing.
 */
/** Runs a read-only statement; by default through the batch's own transaction. */
export type ReadQuery = (sql: string, params: unknown[]) => Promise<any[]>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface WriteBatchOptions {
  dryRun: boolean;
  actor: ImportActor;
  /**
   * Where the possible-duplicate query runs when it runs here (no `beforeCommit`: a dry run, or a
   * pool too small for the importer's checker). The importer passes a second connection when there
   * is one (outside the batch transaction, it sees every batch committed before this one, as the
   * transaction does before its own writes), so the check runs while the batch's rows are written;
   * default: the batch's own transaction.
   */
  readQuery?: ReadQuery;
  /**
   * Ids for the suppliers the batch creates, by position in the batch (the importer assigns them in
   * file order, so ids increase along the file whichever batch commits first). Default: new ones.
   * Version 7 (time-ordered) UUIDs: an import appends to the btree indexes that lead with the
   * supplier id (suppliers, capabilities, gap proximity, audit) instead of dirtying a random leaf
   * page per row.
   */
  newIds?: string[];
  /**
   * When given, the similar-name check is not run here: this is called with the rows about to be
   * created, last thing before the transaction commits (the importer takes the check's snapshot there
   * and runs it after the commit, alongside later batches). The batch result then holds only the
   * same-RFC duplicates.
   */
  beforeCommit?: (created: CreatedRow[]) => Promise<void>;
}

export async function writeBatch(
  m: EntityManager,
  batch: SupplierCandidate[],
  opts: WriteBatchOptions,
): Promise<BatchResult> {
  const outcomes: WriteOutcome[] = [];
  const duplicates: PossibleDuplicate[] = [];
  const ord = batch.map((_, i) => i);

  // Scalar subqueries: one unique-index probe per row whatever the table size (a join let the
  // planner hash the whole suppliers table for every batch, which grew with each batch).
  const matches: Array<{ ord: number; id: string | null }> = await m.query(
    `SELECT x.ord,
            CASE WHEN x.source IS NOT NULL THEN (SELECT a.id FROM suppliers a WHERE a.source = x.source AND a.source_id = x.source_id)
                 ELSE COALESCE((SELECT b.id FROM suppliers b WHERE x.id IS NOT NULL AND b.id = x.id),
                               (SELECT c.id FROM suppliers c WHERE x.rfc IS NOT NULL AND c.rfc = x.rfc)) END AS id
       FROM unnest($1::int[], $2::text[], $3::text[], $4::uuid[], $5::text[]) AS x(ord, source, source_id, id, rfc)`,
    [ord, batch.map((c) => c.source), batch.map((c) => c.sourceId), batch.map((c) => c.id), batch.map((c) => c.rfc)],
  );
  const matchOf = new Map<number, string | null>(matches.map((r) => [Number(r.ord), r.id]));
  const ids = [...new Set(matches.map((r) => r.id).filter((x): x is string => !!x))];

  const existing = new Map<string, ExistingRow>();
  const caps = new Map<string, CandidateCapability[]>();
  const certs = new Map<string, CandidateCertification[]>();
  if (ids.length) {
    const rows: ExistingRow[] = await m.query(
      `SELECT id, name, rfc, tier, state_code, city, lat, lng, employees, contact_email, contact_phone, website, version,
              ${canonicalTimestampSql('profile_confirmed_at')} AS profile_confirmed_at
         FROM suppliers WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    rows.forEach((r) => existing.set(r.id, r));
    const capRows: Array<{ supplier_id: string; process_code: string; materials: string[]; notes: string | null }> =
      await m.query(
        `SELECT supplier_id, process_code, materials, notes FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[]) ORDER BY supplier_id, position, process_code`,
        [ids],
      );
    for (const r of capRows)
      caps.set(r.supplier_id, [
        ...(caps.get(r.supplier_id) ?? []),
        { process: r.process_code, materials: r.materials, notes: r.notes },
      ]);
    if (batch.some((c) => c.mode === 'enlace')) {
      const certRows: Array<Record<string, string | null>> = await m.query(
        `SELECT supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status FROM certifications WHERE supplier_id = ANY($1::uuid[])`,
        [ids],
      );
      for (const r of certRows) {
        const sid = r.supplier_id as string;
        certs.set(sid, [
          ...(certs.get(sid) ?? []),
          {
            scheme: r.scheme_code!,
            certificateNumber: r.certificate_number,
            issuer: r.issuer,
            issuedOn: r.issued_on,
            expiresOn: r.expires_on,
            recordedStatus: r.recorded_status as CandidateCertification['recordedStatus'],
          },
        ]);
      }
    }
  }

  const rfcs = [...new Set(batch.map((c) => c.rfc).filter((x): x is string => !!x))];
  const rfcOwners = new Map<string, { id: string; name: string }>();
  if (rfcs.length) {
    const rows: Array<{ id: string; name: string; rfc: string }> = await m.query(
      `SELECT id, name, rfc FROM suppliers WHERE rfc = ANY($1::text[])`,
      [rfcs],
    );
    rows.forEach((r) => rfcOwners.set(r.rfc, { id: r.id, name: r.name }));
  }

  const creates: Array<{ c: SupplierCandidate; f: Final }> = [];
  const updates: Array<{
    c: SupplierCandidate;
    f: Final;
    version: number;
    changes: Record<string, { old: unknown; new: unknown }>;
    capsChanged: boolean;
    certsChanged: boolean;
    addCaps: CandidateCapability[];
  }> = [];
  const claimedIds = new Map<string, number>();
  const claimedRfcs = new Map<string, number>();

  for (let i = 0; i < batch.length; i++) {
    const c = batch[i];
    const id = matchOf.get(i) ?? null;
    const fail = (field: string, message: string) => outcomes.push({ line: c.line, kind: 'error', field, message });
    if (id && claimedIds.has(id)) {
      fail(c.source ? 'source_id' : c.id ? 'id' : 'rfc', `matches the same supplier as line ${claimedIds.get(id)}`);
      continue;
    }
    if (c.rfc) {
      const owner = rfcOwners.get(c.rfc);
      if (owner && owner.id !== id) {
        duplicates.push({
          line: c.line,
          name: c.name,
          existingId: owner.id,
          existingName: owner.name,
          reason: `same RFC ${c.rfc}`,
        });
        fail(
          'rfc',
          `RFC ${c.rfc} already belongs to supplier ${owner.id} ("${owner.name}"); listed under possibleDuplicates for review`,
        );
        continue;
      }
      if (claimedRfcs.has(c.rfc)) {
        fail('rfc', `RFC ${c.rfc} is also used on line ${claimedRfcs.get(c.rfc)}`);
        continue;
      }
    }
    const old = id ? existing.get(id) : undefined;
    if (!old) {
      creates.push({
        c,
        f: {
          id: opts.newIds?.[i] ?? uuidv7(),
          name: c.name,
          rfc: c.rfc,
          tier: c.tier,
          state_code: c.stateCode,
          city: c.city,
          lat: c.lat,
          lng: c.lng,
          employees: c.employees,
          contact_email: c.contactEmail,
          contact_phone: c.contactPhone,
          website: c.website,
          profile_confirmed_at: c.profileConfirmedAt,
        },
      });
    } else {
      const denue = c.mode === 'denue';
      // DENUE rows manage only the fields DENUE has, and never clear one with an empty value.
      const keep = <T>(incoming: T | null, current: T | null): T | null =>
        denue && incoming === null ? current : incoming;
      const f: Final = {
        id: old.id,
        name: c.name,
        rfc: denue ? old.rfc : c.rfc,
        tier: denue ? old.tier : c.tier,
        state_code: c.stateCode,
        city: c.city,
        lat: c.lat,
        lng: c.lng,
        employees: keep(c.employees, old.employees),
        contact_email: keep(c.contactEmail, old.contact_email),
        contact_phone: keep(c.contactPhone, old.contact_phone),
        website: keep(c.website, old.website),
        profile_confirmed_at: denue ? old.profile_confirmed_at : c.profileConfirmedAt,
      };
      const changes: Record<string, { old: unknown; new: unknown }> = {};
      for (const k of COMPARED)
        if (f[k] !== old[k as keyof ExistingRow]) changes[k] = { old: old[k as keyof ExistingRow], new: f[k] };
      const oldCaps = caps.get(old.id) ?? [];
      let capsChanged = false;
      let certsChanged = false;
      let addCaps: CandidateCapability[] = [];
      if (denue) {
        addCaps = c.capabilities.filter((n) => !oldCaps.some((o) => o.process === n.process));
        if (addCaps.length)
          changes.capabilities = {
            old: oldCaps.map((x) => x.process),
            new: [...oldCaps.map((x) => x.process), ...addCaps.map((x) => x.process)],
          };
      } else {
        capsChanged = !sameCapabilities(oldCaps, c.capabilities);
        if (capsChanged) changes.capabilities = { old: oldCaps, new: c.capabilities };
        certsChanged = !sameCertifications(certs.get(old.id) ?? [], c.certifications);
        if (certsChanged)
          changes.certifications = {
            old: (certs.get(old.id) ?? []).map((x) => x.scheme),
            new: c.certifications.map((x) => x.scheme),
          };
      }
      if (Object.keys(changes).length === 0) {
        outcomes.push({ line: c.line, kind: 'unchanged', id: old.id });
      } else {
        updates.push({ c, f, version: old.version, changes, capsChanged, certsChanged, addCaps });
      }
      claimedIds.set(old.id, c.line);
    }
    if (c.rfc) claimedRfcs.set(c.rfc, c.line);
  }

  // Possible duplicates of the suppliers about to be created: a similar name within 1 km. Either
  // handed to the caller just before the commit, or started now and awaited after the writes (it may
  // run on another connection meanwhile).
  const created: CreatedRow[] = creates.map((x) => ({ line: x.c.line, name: x.c.name, lat: x.c.lat, lng: x.c.lng }));
  const deferred = !!opts.beforeCommit && !opts.dryRun;
  const dupCheck =
    created.length && !deferred
      ? findSimilarNearby(opts.readQuery ?? ((sql, p) => m.query(sql, p)), created)
      : Promise.resolve([]);
  dupCheck.catch(() => undefined); // awaited below; never an unhandled rejection if a write fails first
  const collectDuplicates = async () => {
    duplicates.push(...(await dupCheck));
    if (deferred) await opts.beforeCommit!(created);
  };

  for (const x of creates) outcomes.push({ line: x.c.line, kind: 'created', id: x.f.id });
  for (const x of updates) outcomes.push({ line: x.c.line, kind: 'updated', id: x.f.id });
  if (opts.dryRun) {
    await collectDuplicates();
    return { outcomes, duplicates };
  }

  const finals = [...creates.map((x) => x.f), ...updates.map((x) => x.f)];
  const col = <K extends keyof Final>(rows: Final[], k: K) => rows.map((r) => r[k]);
  if (creates.length) {
    const fs = creates.map((x) => x.f);
    await m.query(
      `INSERT INTO suppliers (id, name, rfc, tier, state_code, city, lat, lng, employees, contact_email, contact_phone, website, profile_confirmed_at, source, source_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[], $14::text[], $15::text[])`,
      [
        col(fs, 'id'),
        col(fs, 'name'),
        col(fs, 'rfc'),
        col(fs, 'tier'),
        col(fs, 'state_code'),
        col(fs, 'city'),
        col(fs, 'lat'),
        col(fs, 'lng'),
        col(fs, 'employees'),
        col(fs, 'contact_email'),
        col(fs, 'contact_phone'),
        col(fs, 'website'),
        col(fs, 'profile_confirmed_at'),
        creates.map((x) => x.c.source),
        creates.map((x) => x.c.sourceId),
      ],
    );
  }
  if (updates.length) {
    const fs = updates.map((x) => x.f);
    await m.query(
      `UPDATE suppliers s SET name = x.name, rfc = x.rfc, tier = x.tier, state_code = x.state_code, city = x.city, lat = x.lat, lng = x.lng,
              employees = x.employees, contact_email = x.contact_email, contact_phone = x.contact_phone, website = x.website,
              profile_confirmed_at = x.profile_confirmed_at, version = s.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::float8[], $9::text[], $10::text[], $11::text[], $12::text[], $13::timestamptz[])
           AS x(id, name, rfc, tier, state_code, city, lat, lng, employees, contact_email, contact_phone, website, profile_confirmed_at)
        WHERE s.id = x.id`,
      [
        col(fs, 'id'),
        col(fs, 'name'),
        col(fs, 'rfc'),
        col(fs, 'tier'),
        col(fs, 'state_code'),
        col(fs, 'city'),
        col(fs, 'lat'),
        col(fs, 'lng'),
        col(fs, 'employees'),
        col(fs, 'contact_email'),
        col(fs, 'contact_phone'),
        col(fs, 'website'),
        col(fs, 'profile_confirmed_at'),
      ],
    );
  }

  // Capabilities and certificates: all for new suppliers; replaced when changed (template), added (DENUE).
  const replaceCaps = updates.filter((u) => u.capsChanged).map((u) => u.f.id);
  if (replaceCaps.length)
    await m.query(`DELETE FROM supplier_capabilities WHERE supplier_id = ANY($1::uuid[])`, [replaceCaps]);
  const replaceCerts = updates.filter((u) => u.certsChanged).map((u) => u.f.id);
  if (replaceCerts.length)
    await m.query(`DELETE FROM certifications WHERE supplier_id = ANY($1::uuid[])`, [replaceCerts]);
  const capRows: Array<[string, CandidateCapability, number, Final]> = [];
  const createdIds = new Set(creates.map((x) => x.f.id));
  const certRows: Array<[string, CandidateCertification]> = [];
  for (const x of creates) {
    x.c.capabilities.forEach((cap, i) => capRows.push([x.f.id, cap, i, x.f]));
    x.c.certifications.forEach((cert) => certRows.push([x.f.id, cert]));
  }
  for (const u of updates) {
    if (u.capsChanged) u.c.capabilities.forEach((cap, i) => capRows.push([u.f.id, cap, i, u.f]));
    const base = (caps.get(u.f.id) ?? []).length;
    u.addCaps.forEach((cap, i) => capRows.push([u.f.id, cap, base + i, u.f]));
    if (u.certsChanged) u.c.certifications.forEach((cert) => certRows.push([u.f.id, cert]));
  }
  // one row per (supplier, process): the first listed wins (the template rejects repeats; this keeps
  // the insert below a plain one even if a mapping ever listed a process twice)
  const capKeys = new Set<string>();
  const uniqueCaps = capRows.filter((r) => {
    const key = `${r[0]}\u0000${r[1].process}`;
    if (capKeys.has(key)) return false;
    capKeys.add(key);
    return true;
  });
  if (uniqueCaps.length) {
    // Every column the per-row BEFORE trigger would fill in is given, computed set-wise: geo (the
    // supplier's final lat/lng, the same expression as suppliers.geo), confirmed_at (the supplier's
    // final profile_confirmed_at, written above in this transaction) and the certificate summary
    // (new suppliers have no certificates yet: theirs are inserted below and summarised by the
    // statement triggers on certifications; updated suppliers keep the ones not replaced), so the
    // trigger's row calls are skipped.
    const kept = [...new Set(uniqueCaps.filter((r) => !createdIds.has(r[0])).map((r) => r[0]))];
    await insertWithCapabilityFacts(m, () =>
      m.query(
        `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position, geo, confirmed_at, cert_schemes, cert_expires)
       SELECT x.sid, x.process, CASE WHEN x.mats IS NULL THEN '{}'::text[] ELSE (SELECT array_agg(v ORDER BY n) FROM jsonb_array_elements_text(x.mats) WITH ORDINALITY AS t(v, n)) END,
              x.notes, x.pos, public.enlace_earth(x.lat, x.lng), x.confirmed, COALESCE(cs.schemes, '{}'), COALESCE(cs.expires, '{}')
         FROM unnest($1::uuid[], $2::text[], $3::jsonb[], $4::text[], $5::int2[], $6::float8[], $7::float8[], $8::timestamptz[]) AS x(sid, process, mats, notes, pos, lat, lng, confirmed)
         LEFT JOIN public.enlace_cert_summary($9::uuid[]) cs ON cs.supplier_id = x.sid`,
        [
          uniqueCaps.map((r) => r[0]),
          uniqueCaps.map((r) => r[1].process),
          uniqueCaps.map((r) => (r[1].materials.length ? JSON.stringify(r[1].materials) : null)),
          uniqueCaps.map((r) => r[1].notes),
          uniqueCaps.map((r) => r[2]),
          uniqueCaps.map((r) => r[3].lat),
          uniqueCaps.map((r) => r[3].lng),
          uniqueCaps.map((r) => r[3].profile_confirmed_at),
          kept,
        ],
      ),
    );
  }
  if (certRows.length) {
    await m.query(
      `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on, recorded_status)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::date[], $7::text[])`,
      [
        certRows.map((r) => r[0]),
        certRows.map((r) => r[1].scheme),
        certRows.map((r) => r[1].certificateNumber),
        certRows.map((r) => r[1].issuer),
        certRows.map((r) => r[1].issuedOn),
        certRows.map((r) => r[1].expiresOn),
        certRows.map((r) => r[1].recordedStatus),
      ],
    );
  }

  // One audit row per created or updated profile (same transaction).
  if (finals.length) {
    const audit = [
      ...creates.map((x) => ({
        id: x.f.id,
        action: 'IMPORT_CREATE',
        version: 1,
        changes: { source: { old: null, new: x.c.source }, line: x.c.line },
      })),
      ...updates.map((x) => ({ id: x.f.id, action: 'IMPORT_UPDATE', version: x.version + 1, changes: x.changes })),
    ];
    await m.query(
      `INSERT INTO supplier_audit (supplier_id, actor_user_id, actor_email, action, version, changes)
       SELECT sid, $2::uuid, $3::text, action, version, changes FROM unnest($1::uuid[], $4::text[], $5::int[], $6::jsonb[]) AS x(sid, action, version, changes)`,
      [
        audit.map((a) => a.id),
        opts.actor.userId,
        opts.actor.email,
        audit.map((a) => a.action),
        audit.map((a) => a.version),
        audit.map((a) => JSON.stringify(a.changes)),
      ],
    );
  }
  await collectDuplicates();
  return { outcomes, duplicates };
}

/**
 * For each row, the most similar existing supplier among its DUPLICATE_CANDIDATES nearest (KNN on
 * the GiST index) that lies within DUPLICATE_DISTANCE_KM and whose folded name has trigram
 * similarity above DUPLICATE_NAME_SIMILARITY, as a possible duplicate. Bounded work per row however
 * dense the area; the similarity is computed once per neighbour, and only for neighbours within the
 * distance. The distance test is on the chord (as the index orders by it), with the great-circle km
 * deciding only in a thin band around the limit, so it is the same test as `km < limit`. The KNN
 * scan is confined to the box around that distance: only neighbours inside it can count, and rows
 * the snapshot cannot see (written by batches committed after it) are then never searched for
 * beyond it.
 */
export async function findSimilarNearby(query: ReadQuery, rows: CreatedRow[]): Promise<PossibleDuplicate[]> {
  if (!rows.length) return [];
  const found = await query(
    `WITH x AS MATERIALIZED (
       SELECT ord, public.enlace_fold(name) AS fname, public.enlace_earth(lat, lng) AS pt
         FROM unnest($1::int[], $2::text[], $3::float8[], $4::float8[]) AS u(ord, name, lat, lng)),
     band AS MATERIALIZED (SELECT public.enlace_km_to_chord($6::float8) * (1 - 1e-9) AS lo, public.enlace_km_to_chord($6::float8) * (1 + 1e-9) AS hi)
     SELECT x.ord, d.id, d.name, d.sim, public.enlace_chord_to_km(d.chord) AS km
       FROM x CROSS JOIN band CROSS JOIN LATERAL (
         SELECT n.id, n.name, n.sim, n.chord
           FROM (SELECT k.id, k.name, k.chord,
                        CASE WHEN k.chord < band.lo OR (k.chord < band.hi AND public.enlace_chord_to_km(k.chord) < $6::float8)
                             THEN similarity(k.search_name, x.fname) END AS sim
                   FROM (SELECT s.id, s.name, s.search_name, s.geo OPERATOR(public.<->) x.pt AS chord
                           FROM suppliers s
                          WHERE s.geo OPERATOR(public.<@) public.cube_enlarge(x.pt, band.hi, 3)
                          ORDER BY s.geo OPERATOR(public.<->) x.pt
                          LIMIT ${DUPLICATE_CANDIDATES}) k
                 OFFSET 0) n
          WHERE n.sim > $5
          ORDER BY n.sim DESC, n.id
          LIMIT 1) d
      ORDER BY x.ord`,
    [
      rows.map((_, i) => i),
      rows.map((c) => c.name),
      rows.map((c) => c.lat),
      rows.map((c) => c.lng),
      DUPLICATE_NAME_SIMILARITY,
      DUPLICATE_DISTANCE_KM,
    ],
  );
  return found.map((r) => {
    const c = rows[Number(r.ord)];
    return {
      line: c.line,
      name: c.name,
      existingId: r.id,
      existingName: r.name,
      reason: `similar name (similarity ${Number(r.sim).toFixed(2)}) ${Number(r.km).toFixed(2)} km away`,
    };
  });
}
