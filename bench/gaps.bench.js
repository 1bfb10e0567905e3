'use strict';
// Benchmark of capabilityGaps for all regions over HTTP (issue 5: p50 under 500 ms at 100,000
// suppliers, within 5x that at 1,000,000). Used by `npm run bench`; also runnable alone:
//   [ENLACE_TOKEN=<admin or analyst token>] node bench/gaps.bench.js http://127.0.0.1:3000 [runs]

const QUERY = `query($input: GapInput) { capabilityGaps(input: $input) {
  region process plantsInRegion demand certifiedSuppliers developmentCandidates gapScore } }`;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function post(baseUrl, token, query, variables) {
  const started = process.hrtime.bigint();
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 200 || body.errors)
    throw new Error(`query failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return { ms, data: body.data };
}

async function once(baseUrl, token, input) {
  const r = await post(baseUrl, token, QUERY, { input });
  return { ms: r.ms, gaps: r.data.capabilityGaps.length };
}

/**
 * Times `capabilityGaps` for all regions (input.region null, default radius 250 km unless given),
 * sequentially, after `warmup` untimed calls.
 * @param {{ baseUrl: string, token?: string, runs?: number, warmup?: number, radiusKm?: number }} opts
 * @returns {Promise<{ name: string, p50Ms: number, p99Ms: number, meanMs: number, maxMs: number, runs: number, gaps: number }>}
 */
async function benchGaps({ baseUrl, token, runs = 30, warmup = 3, radiusKm } = {}) {
  if (!baseUrl) throw new Error('benchGaps: baseUrl is required');
  const input = radiusKm === undefined ? null : { radiusKm };
  let gaps = 0;
  for (let i = 0; i < warmup; i++) gaps = (await once(baseUrl, token, input)).gaps;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = await once(baseUrl, token, input);
    times.push(r.ms);
    gaps = r.gaps;
  }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    name: 'capabilityGaps (all regions)',
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / Math.max(1, times.length)),
    maxMs: round(sorted[sorted.length - 1] ?? NaN),
    runs,
    gaps,
  };
}

const CANDIDATES = `query($region: Region!, $process: String!) { supplierDevelopmentCandidates(region: $region, process: $process, first: 20) {
  supplierId nearDemand nearestDistanceKm plants { plantId distanceKm } missingCertifications indicativeCostUsd } }`;
const REPORT = `query($region: Region!) { capabilityGapReport(region: $region) {
  region gaps { gap { process gapScore } nearestCertifiedElsewhere { supplierId region distanceKm } } logisticsNodes { name distanceKm } } }`;

const BRIEF = `query($region: Region!, $language: Language) { capabilityGapBrief(region: $region, language: $language) { sizeBytes } }`;
const REGIONS = ['NORTH', 'BAJIO', 'CENTER', 'WEST', 'SOUTH'];

/** The PDF brief for every region in both languages (issue 14: under 5 s for one region). */
async function benchBriefs(baseUrl, token) {
  const times = [];
  let bytes = 0;
  await post(baseUrl, token, BRIEF, { region: 'BAJIO', language: 'ES' }); // warm-up
  for (const region of REGIONS)
    for (const language of ['ES', 'EN']) {
      const r = await post(baseUrl, token, BRIEF, { region, language });
      times.push(r.ms);
      bytes = Math.max(bytes, r.data.capabilityGapBrief.sizeBytes);
    }
  const sorted = [...times].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    name: 'capabilityGapBrief (PDF, each region in es and en)',
    p50Ms: round(percentile(sorted, 50)),
    maxMs: round(sorted[sorted.length - 1]),
    runs: times.length,
    largestKb: Math.round(bytes / 1024),
  };
}

/** Times any query (sequential calls after `warmup` untimed ones). */
async function benchQuery(name, { baseUrl, token, query, variables, runs = 10, warmup = 2 }) {
  for (let i = 0; i < warmup; i++) await post(baseUrl, token, query, variables);
  const times = [];
  for (let i = 0; i < runs; i++) times.push((await post(baseUrl, token, query, variables)).ms);
  const sorted = [...times].sort((a, b) => a - b);
  const round = (x) => Math.round(x * 10) / 10;
  return {
    name,
    p50Ms: round(percentile(sorted, 50)),
    p99Ms: round(percentile(sorted, 99)),
    meanMs: round(times.reduce((a, b) => a + b, 0) / runs),
    maxMs: round(sorted[sorted.length - 1]),
    runs,
  };
}

/**
 * `npm run bench` plug-in: capabilityGaps for all regions (the target), and, with an admin
 * or analyst token, the analyst tools for the Bajío (supplierDevelopmentCandidates for injection
 * molding, capabilityGapReport, the PDF brief of every region).
 */
async function run(ctx) {
  const rows = [await benchGaps({ baseUrl: ctx.baseUrl, token: ctx.token })];
  if (ctx.token) {
    const base = { baseUrl: ctx.baseUrl, token: ctx.token };
    rows.push(
      await benchQuery('supplierDevelopmentCandidates (BAJIO, injection-molding)', {
        ...base,
        query: CANDIDATES,
        variables: { region: 'BAJIO', process: 'injection-molding' },
      }),
    );
    rows.push(
      await benchQuery('capabilityGapReport (BAJIO)', { ...base, query: REPORT, variables: { region: 'BAJIO' } }),
    );
    rows.push(await benchBriefs(ctx.baseUrl, ctx.token));
  }
  return rows;
}

module.exports = { benchGaps, benchQuery, run };

if (require.main === module) {
  const [baseUrl = 'http://127.0.0.1:3000', runs = '30'] = process.argv.slice(2);
  const token = process.env.ENLACE_TOKEN;
  (async () => {
    console.log(JSON.stringify(await benchGaps({ baseUrl, token, runs: Number(runs) })));
    if (!token) return;
    const base = { baseUrl, token };
    console.log(
      JSON.stringify(
        await benchQuery('supplierDevelopmentCandidates (BAJIO, injection-molding)', {
          ...base,
          query: CANDIDATES,
          variables: { region: 'BAJIO', process: 'injection-molding' },
        }),
      ),
    );
    console.log(
      JSON.stringify(
        await benchQuery('capabilityGapReport (BAJIO)', { ...base, query: REPORT, variables: { region: 'BAJIO' } }),
      ),
    );
  })().catch((e) => {
    console.error(`error: ${e.message}`);
    process.exitCode = 1;
  });
}
