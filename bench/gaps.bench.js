'use strict';
// Benchmark of capabilityGaps for all regions over HTTP (issue 5: p50 under 500 ms at 100,000
// suppliers, within 5x that at 1,000,000). Used by `npm run bench`; also runnable alone:
//   node bench/gaps.bench.js http://127.0.0.1:3000 [runs]

const QUERY = `query($input: GapInput) { capabilityGaps(input: $input) {
  region process plantsInRegion demand certifiedSuppliers developmentCandidates gapScore } }`;

function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

async function once(baseUrl, token, input) {
  const started = process.hrtime.bigint();
  const res = await fetch(`${baseUrl.replace(/\/$/, '')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: QUERY, variables: { input } }),
  });
  const body = await res.json();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (res.status !== 200 || body.errors) throw new Error(`capabilityGaps failed (HTTP ${res.status}): ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  return { ms, gaps: body.data.capabilityGaps.length };
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

module.exports = { benchGaps };

if (require.main === module) {
  const [baseUrl = 'http://127.0.0.1:3000', runs = '30'] = process.argv.slice(2);
  benchGaps({ baseUrl, runs: Number(runs) })
    .then((r) => console.log(JSON.stringify(r)))
    .catch((e) => {
      console.error(`error: ${e.message}`);
      process.exitCode = 1;
    });
}
