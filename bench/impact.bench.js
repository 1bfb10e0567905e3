'use strict';
// Benchmark of certificationImpact (issue 15: p50 under 1 s at 100,000 suppliers): the case for
// IATF 16949 of 20 suppliers, 10 from the Bajío and 10 from the North (each: every plant within
// 500 km that sources one of its processes, its top 101 ranked once, plus its OPEN requests).
// Used by `npm run bench` (needs the admin token it logs in with).

const SUPPLIERS = `query($region: Region!) { suppliers(first: 10, filter: { region: $region, process: "injection-molding" }) { edges { node { id } } } }`;
const IMPACT = `query($id: ID!) { certificationImpact(supplierId: $id, scheme: "IATF-16949") { plants { rankNow rankWith } openRequestsNow } }`;

async function gql(baseUrl, token, query, variables) {
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

async function run(ctx) {
  if (!ctx.token) return [];
  const ids = [];
  for (const region of ['BAJIO', 'NORTH'])
    ids.push(...(await gql(ctx.baseUrl, ctx.token, SUPPLIERS, { region })).suppliers.edges.map((e) => e.node.id));
  const times = [];
  let plants = 0;
  for (const id of ids) {
    const started = process.hrtime.bigint();
    const r = await gql(ctx.baseUrl, ctx.token, IMPACT, { id });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    plants += r.certificationImpact.plants.length;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return [
    {
      name: 'certificationImpact (IATF-16949, 20 injection molders of the Bajío and the North)',
      p50Ms: round(sorted[Math.floor((sorted.length - 1) / 2)]),
      maxMs: round(sorted[sorted.length - 1]),
      runs: times.length,
      avgPlantRankings: round(plants / Math.max(1, ids.length)),
    },
  ];
}

module.exports = { run };
