'use strict';
// Throughput under load (issue 17), used by `npm run bench`: autocannon in this process against the
// API on 127.0.0.1, 16 connections, each phase bounded in time (BENCH_LOAD_SECONDS, default 20):
// - `{ __typename }`: the framework floor under the same concurrency;
// - rankSuppliers with inputs varied per request (IATF 16949 required, a random plant and one of
//   its sourced processes, `first` between 10 and 40, a random subset of ISO 9001 / ISO 14001 as
//   preferred), so that a result cache would rarely hit: the ranking itself is measured;
// - the API's resident memory (its /metrics) sampled every second under that load;
// then, sequentially (one request at a time, p50 of 200 each, against the floor's p50):
// - suppliers: a fuzzy name search (a name's word with a typo) with a region filter, first page;
// - supplier by id with its nested capabilities and certificates.
const autocannon = require('autocannon');

const CONNECTIONS = 16;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS || 20);
const SEQUENTIAL = 200;
const RANK = `query($input: MatchInput!) { rankSuppliers(input: $input) { score distanceKm supplier { id name } } }`;
const SEARCH = `query($f: SupplierFilter) { suppliers(first: 20, filter: $f) { edges { node { id name city } } } }`;
const ONE = `query($id: ID!) { supplier(id: $id) { id name city capabilities { process materials } certifications { scheme issuedOn expiresOn } } }`;
const REGIONS = ['NORTH', 'BAJIO', 'CENTER', 'WEST', 'SOUTH'];

const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
const round = (x) => Math.round(x * 10) / 10;

async function gql(ctx, query, variables) {
  const res = await fetch(`${ctx.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}

/** Runs autocannon for SECONDS with a body made per request; counts GraphQL errors too. */
async function load(ctx, body) {
  let graphqlErrors = 0;
  const result = await autocannon({
    url: `${ctx.baseUrl}/graphql`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${ctx.token}` },
        setupRequest: (req) => ({ ...req, body: JSON.stringify(body()) }),
        onResponse: (status, text) => {
          if (status === 200 && text.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  return {
    rps: round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx + graphqlErrors,
    requests: result.requests.total,
  };
}

/** The API's resident memory in MB, from its Prometheus metrics. */
async function rssMb(ctx) {
  const text = await (await fetch(`${ctx.baseUrl}/metrics`)).text();
  const m = text.match(/^enlace_process_resident_memory_bytes ([0-9.e+]+)$/m);
  return m ? Math.round(Number(m[1]) / 2 ** 20) : NaN;
}

async function sequentialP50(ctx, query, vars) {
  const times = [];
  for (let i = 0; i < SEQUENTIAL; i++) {
    const started = process.hrtime.bigint();
    await gql(ctx, query, vars(i));
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]);
}

/** Plants with their sourced processes; search words (with a typo) and supplier ids from the data. */
async function inputs(ctx) {
  const plants = (await gql(ctx, '{ plants(first: 100) { edges { node { id sourcedProcesses } } } }')).plants.edges
    .map((e) => e.node)
    .filter((p) => p.sourcedProcesses.length);
  const found = [];
  for (const region of REGIONS)
    found.push(...(await gql(ctx, SEARCH, { f: { region } })).suppliers.edges.map((e) => e.node));
  const words = found.map((s) => s.name.split(' ').find((w) => w.length >= 6)).filter(Boolean);
  const typo = (w) => w.slice(0, 2) + w.slice(3); // one letter missing
  return { plants, words: words.map(typo), ids: found.map((s) => s.id) };
}

async function run(ctx) {
  if (!ctx.token) return [];
  const { plants, words, ids } = await inputs(ctx);
  const rankBody = () => {
    const plant = pick(plants);
    const preferred = ['ISO-9001', 'ISO-14001'].filter(() => Math.random() < 0.5);
    const first = 10 + Math.floor(Math.random() * 31);
    return {
      query: RANK,
      variables: {
        input: {
          plantId: plant.id,
          process: pick(plant.sourcedProcesses),
          requiredCertifications: ['IATF-16949'],
          preferredCertifications: preferred,
          first,
        },
      },
    };
  };
  await load(ctx, rankBody); // warm-up, not reported
  const floor = await load(ctx, () => ({ query: '{ __typename }' }));
  const samples = [];
  const sampler = setInterval(() => void rssMb(ctx).then((mb) => samples.push(mb)), 1000);
  const ranking = await load(ctx, rankBody).finally(() => clearInterval(sampler));
  const seqFloor = await sequentialP50(ctx, '{ __typename }', () => ({}));
  const search = await sequentialP50(ctx, SEARCH, (i) => ({
    f: { search: words[i % words.length], region: pick(REGIONS) },
  }));
  const one = await sequentialP50(ctx, ONE, (i) => ({ id: ids[i % ids.length] }));
  const under = `${CONNECTIONS} connections, ${SECONDS} s`;
  return [
    { name: `load: { __typename } (floor), ${under}`, ...floor },
    {
      name: `load: rankSuppliers, varied inputs, ${under}`,
      ...ranking,
      ofFloorRps: `${Math.round((ranking.rps / floor.rps) * 100)}%`,
      apiRssMaxMb: Math.max(...samples),
    },
    { name: 'sequential p50: { __typename } (floor)', p50Ms: seqFloor },
    {
      name: 'sequential p50: suppliers, fuzzy search with a typo + region, first 20',
      p50Ms: search,
      xFloor: round(search / seqFloor),
    },
    {
      name: 'sequential p50: supplier by id with capabilities and certificates',
      p50Ms: one,
      xFloor: round(one / seqFloor),
    },
  ];
}

module.exports = { run };
