// The naive reference ranking of `npm run bench` (scripts/run-bench.js): reads every supplier with
// the process (joining the suppliers table) and the certifications themselves, scores each one with
// the ranking's own scorer (@enlace/matching scoreCandidate), sorts, keeps k. The exact top-k engine
// is measured against it and its results are compared with it. Not a plug-in (no `.bench.js`).
'use strict';

/**
 * rankFullScan(lib, run, plant, params, timezone): { matches, examined }, where `lib` holds the built
 * libraries' public entry points ({ matching, suppliers }) and `run(sql, values)` returns rows.
 */
async function rankFullScan(lib, run, plant, p, timezone) {
  const { compareScored, relevantSchemes, scoreCandidate } = lib.matching;
  const rows = await run(
    `SELECT sc.supplier_id AS id,
            public.enlace_chord_to_km(sc.geo OPERATOR(public.<->) public.enlace_earth($2::float8, $3::float8)) AS km,
            sc.materials, sc.notes,
            to_char(s.profile_confirmed_at AT TIME ZONE $4::text, 'YYYY-MM-DD') AS confirmed_on
       FROM supplier_capabilities sc
       JOIN suppliers s ON s.id = sc.supplier_id
      WHERE sc.process_code = $1`,
    [p.process, plant.lat, plant.lng, timezone],
  );
  const within = rows.filter((r) => p.maxDistanceKm === null || Number(r.km) <= p.maxDistanceKm);
  const certs = await validCertificates(
    lib,
    run,
    within.map((r) => r.id),
    relevantSchemes(p),
    p.today,
  );
  const scored = within
    .map((r) => ({
      id: r.id,
      chord: 0,
      km: Number(r.km),
      materials: r.materials ?? [],
      notes: r.notes,
      confirmedOn: r.confirmed_on,
      valid: certs.get(r.id) ?? new Map(),
    }))
    .filter((c) => p.required.every((s) => c.valid.has(s)))
    .map((c) => scoreCandidate(c, p))
    .sort(compareScored);
  return { matches: scored.slice(0, p.first), examined: rows.length };
}

/** Per supplier, per relevant scheme: the latest expiry among its certificates valid today (null = none), by @enlace/suppliers validCertSql. */
async function validCertificates(lib, run, ids, schemes, today) {
  const out = new Map();
  if (!ids.length) return out;
  const rows = await run(
    `SELECT c.supplier_id, c.scheme_code, max(COALESCE(c.expires_on, 'infinity'::date))::text AS best
       FROM certifications c JOIN certification_schemes cs ON cs.code = c.scheme_code
      WHERE c.supplier_id = ANY($1::uuid[]) AND c.scheme_code = ANY($2::text[]) AND ${lib.suppliers.validCertSql('c', 'cs', '$3::date')}
      GROUP BY c.supplier_id, c.scheme_code`,
    [ids, schemes, today],
  );
  for (const r of rows) {
    if (!out.has(r.supplier_id)) out.set(r.supplier_id, new Map());
    out.get(r.supplier_id).set(r.scheme_code, r.best === 'infinity' ? null : r.best);
  }
  return out;
}

module.exports = { rankFullScan };
