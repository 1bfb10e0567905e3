import fc from 'fast-check';
import { addDays, chordToKm, kmToChord } from '@enlace/core';
import { RANK_KEY_BEST, RANK_KEY_CONSTANTS, strongBatchBound } from './rank-key';
import {
  Candidate,
  capabilityScore,
  compareScored,
  DEFAULT_WEIGHTS,
  freshnessScore,
  normalizeWeights,
  proximity,
  RankParams,
  scoreCandidate,
  upperBound,
  Weights,
} from './scoring';
import {
  absorbBatch,
  BatchPlan,
  BatchRow,
  MAX_BATCH,
  MIN_BATCH,
  planBatch,
  RANGE_LIMIT,
  RANGE_RINGS,
  searchContext,
  SearchState,
  startSearch,
  stopRange,
} from './search-plan';

const TODAY = '2026-06-01';
const SCALE = RANK_KEY_CONSTANTS.scale;

function params(over: Partial<RankParams> = {}): RankParams {
  return {
    process: 'stamping',
    processAssessment: null,
    required: [],
    preferred: [],
    maxDistanceKm: null,
    first: 3,
    weights: DEFAULT_WEIGHTS,
    today: TODAY,
    ...over,
  };
}

function candidate(id: string, km: number, over: Partial<Candidate> = {}): Candidate {
  return { id, chord: kmToChord(km), km, materials: [], notes: null, confirmedOn: null, valid: new Map(), ...over };
}

/** Valid certificates: days left per scheme (null: no expiry date; undefined: not held). */
function held(schemes: Record<string, number | null | undefined>): Map<string, string | null> {
  return new Map(
    Object.entries(schemes)
      .filter(([, days]) => days !== undefined)
      .map(([code, days]) => [code, days === null || days === undefined ? null : addDays(TODAY, days)]),
  );
}

const row = (c: Candidate): BatchRow => ({ candidate: c, strongDistance: null });

/** A supplier in the in-memory index: its candidate and its static bound (as rank_key's dims 4 and 5 hold it). */
interface Stored {
  candidate: Candidate;
  bound: number;
}

/** Upper bound of the non-proximity part under the default weights, as the database computes it (Vg). */
function staticBoundOf(c: Candidate): number {
  const w = DEFAULT_WEIGHTS;
  return w.certification + w.capability * capabilityScore(c) + w.freshness * freshnessScore(c.confirmedOn, TODAY);
}

/**
 * What the database returns for a plan: the SQL of batch-sql.ts, on an array (qualifying rows only;
 * the exact score stands for the row bound).
 */
function execute(plan: BatchPlan, index: Stored[], p: RankParams): BatchRow[] {
  const strongDistance = (s: Stored) => Math.hypot(s.candidate.chord, SCALE * Math.max(0, RANK_KEY_BEST - s.bound));
  const reaches = (s: Stored, lows: [number, number] | null) =>
    !lows || (s.bound * SCALE >= lows[0] && s.bound * SCALE >= lows[1]);
  const distance = (s: Stored) => (plan.order === 'strong' ? strongDistance(s) : s.candidate.chord);
  return (
    index
      .filter((s) => p.required.every((code) => s.candidate.valid.has(code)))
      .filter((s) => !plan.after || (s.candidate.chord >= plan.after.chord && !plan.after.ids.includes(s.candidate.id)))
      .filter((s) => !plan.exclude.includes(s.candidate.id))
      .filter((s) => plan.minScore === null || scoreCandidate(s.candidate, p).score >= plan.minScore)
      .filter((s) => reaches(s, plan.lows))
      .filter(
        (s) =>
          !plan.range ||
          (s.candidate.chord <= plan.range.chord &&
            plan.range.rings.some((ring) => s.candidate.chord <= ring.outer && reaches(s, ring.lows))),
      )
      // ties in the order the search likes least: the id that wins the tie comes last
      .sort((a, b) => distance(a) - distance(b) || (a.candidate.id < b.candidate.id ? 1 : -1))
      .slice(0, plan.limit)
      .map((s) => ({ candidate: s.candidate, strongDistance: plan.order === 'strong' ? strongDistance(s) : null }))
  );
}

/** The runner of ranking-engine.ts, on the in-memory index. */
function search(index: Stored[], p: RankParams, boundsFrom: string | null, minBatch?: number): SearchState {
  const ctx = searchContext(p, boundsFrom, minBatch);
  let state = startSearch(ctx);
  while (!state.done) {
    const plan = planBatch(state, ctx);
    state = absorbBatch(state, plan, execute(plan, index, p), ctx);
  }
  return state;
}

describe('stopRange', () => {
  it('is the distance beyond which no supplier reaches the k-th score', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.51, max: 1, noNaN: true }), (kth) => {
        const r = stopRange(kth, DEFAULT_WEIGHTS);
        expect(r).not.toBeNull();
        // anything beyond the chord is at least r.km away, where even a perfect supplier scores less
        expect(chordToKm(r!.chord)).toBeGreaterThanOrEqual(r!.km);
        expect(upperBound(r!.km, DEFAULT_WEIGHTS)).toBeLessThan(kth);
        // ... and the range is not much wider than needed (a 0.1% margin)
        expect(upperBound(r!.km / 1.002, DEFAULT_WEIGHTS)).toBeGreaterThan(kth - 1e-3);
      }),
    );
  });

  it('is a few metres when only the plant itself could reach the k-th score', () => {
    expect(stopRange(1, DEFAULT_WEIGHTS)!.km).toBeLessThan(0.001);
  });

  it('is null when no distance bounds the k-th score', () => {
    // no proximity weight: distance never lowers a score
    expect(stopRange(0.9, { ...DEFAULT_WEIGHTS, proximity: 0 })).toBeNull();
    // a k-th score the other components alone reach: every distance qualifies
    expect(stopRange(0.5, DEFAULT_WEIGHTS)).toBeNull();
    expect(stopRange(0.4, DEFAULT_WEIGHTS)).toBeNull();
    // farther than a quarter of the globe
    expect(stopRange(0.500001, DEFAULT_WEIGHTS)).toBeNull();
  });
});

describe('strongBatchBound', () => {
  const weightsArb = fc
    .record({
      proximity: fc.integer({ min: 0, max: 5 }),
      certification: fc.integer({ min: 0, max: 5 }),
      capability: fc.integer({ min: 0, max: 5 }),
      freshness: fc.integer({ min: 1, max: 5 }),
    })
    .map((w) => normalizeWeights(w, (f, m) => new Error(`${f}: ${m}`)));
  const rhoOf = (w: Weights) =>
    Math.max(
      w.certification / DEFAULT_WEIGHTS.certification,
      w.capability / DEFAULT_WEIGHTS.capability,
      w.freshness / DEFAULT_WEIGHTS.freshness,
    );

  it('bounds the score of every row at least d from (plant, best bound)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 200_000, noNaN: true }),
        fc.double({ min: 0, max: Math.PI / 2, noNaN: true }),
        weightsArb,
        (d, angle, w) => {
          // a row exactly d away: chord d cos(a), bound RANK_KEY_BEST - d sin(a) / scale
          const chord = d * Math.cos(angle);
          const bound = RANK_KEY_BEST - (d * Math.sin(angle)) / SCALE;
          const score = w.proximity * proximity(chordToKm(chord)) + rhoOf(w) * bound;
          expect(score).toBeLessThanOrEqual(strongBatchBound(d, w, rhoOf(w)) + 1e-12);
        },
      ),
    );
  });

  it('is the best possible score at distance 0 and falls as d grows', () => {
    expect(strongBatchBound(0, DEFAULT_WEIGHTS, 1)).toBeCloseTo(DEFAULT_WEIGHTS.proximity + RANK_KEY_BEST, 12);
    const ds = [0, 1_000, 10_000, 50_000, 100_000, 500_000];
    const bounds = ds.map((d) => strongBatchBound(d, DEFAULT_WEIGHTS, 1));
    bounds.slice(1).forEach((b, i) => expect(b).toBeLessThan(bounds[i]));
    // far away, only the bound part and a little proximity are left
    expect(strongBatchBound(2_000_000, DEFAULT_WEIGHTS, 1)).toBeLessThan(RANK_KEY_BEST + 0.02);
  });
});

describe('the search planner', () => {
  const near = (n: number, from = 0) => Array.from({ length: n }, (_, i) => candidate(`s${from + i}`, from + i + 1));

  it('starts nearest-first with max(64, 2k) rows, or with the near and strong rows when static bounds apply', () => {
    const plain = searchContext(params({ first: 50 }), null);
    expect(planBatch(startSearch(plain), plain)).toEqual({
      order: 'plant',
      limit: 100,
      after: null,
      exclude: [],
      minScore: null,
      lows: null,
      range: null,
    });
    const bounded = searchContext(params(), TODAY);
    expect(planBatch(startSearch(bounded), bounded)).toMatchObject({ order: 'strong', limit: MIN_BATCH });
    // not before the bounds' date, and not with a distance limit (its cut needs distance order)
    expect(searchContext(params(), '2026-06-02').bound).toBeNull();
    const capped = searchContext(params({ maxDistanceKm: 100 }), TODAY);
    expect(planBatch(startSearch(capped), capped).order).toBe('plant');
  });

  it('stops when the index has no more rows', () => {
    const ctx = searchContext(params(), null);
    const s = startSearch(ctx);
    const next = absorbBatch(s, planBatch(s, ctx), near(2).map(row), ctx);
    expect(next).toMatchObject({ done: true, batches: 1 });
    expect(next.top.map((m) => m.candidate.id)).toEqual(['s0', 's1']);
  });

  it('stops at the first candidate beyond maxDistanceKm, which does not count', () => {
    const ctx = searchContext(params({ maxDistanceKm: 2.5, first: 5 }), null, 4);
    const s = startSearch(ctx);
    const next = absorbBatch(s, planBatch(s, ctx), near(4).map(row), ctx);
    expect(next.done).toBe(true);
    expect(next.top.map((m) => m.candidate.id)).toEqual(['s0', 's1']);
  });

  it('goes on past the last chord read (minus the ids read there), asks only for rows that can reach the k-th score, and doubles the batch', () => {
    const ctx = searchContext(params({ first: 2, weights: { ...DEFAULT_WEIGHTS, proximity: 0 } }), null, 3);
    const s = startSearch(ctx);
    // two suppliers at the same spot at the end of the batch
    const rows = [candidate('a', 1), candidate('b', 2), candidate('c', 2)].map(row);
    const next = absorbBatch(s, planBatch(s, ctx), rows, ctx);
    expect(next.done).toBe(false);
    const plan = planBatch(next, ctx);
    expect(plan.after).toEqual({ chord: kmToChord(2), ids: ['b', 'c'] });
    expect(plan.limit).toBe(6);
    expect(plan.minScore).toBeCloseTo(next.top[1].score, 8);
    // a full batch more at that chord: the ids accumulate
    const more = ['d', 'e', 'f', 'g', 'h', 'i'];
    const after = absorbBatch(
      next,
      plan,
      more.map((id) => row(candidate(id, 2))),
      ctx,
    );
    expect(after.keyset).toEqual({ chord: kmToChord(2), ids: ['b', 'c', ...more] });
    expect(after.done).toBe(false);
    // full batches double the next one, up to MAX_BATCH
    const sizes: number[] = [];
    for (let state = next; state.batchSize < MAX_BATCH; sizes.push(state.batchSize))
      state = absorbBatch(state, planBatch(state, ctx), near(state.batchSize, 10).map(row), ctx);
    expect(sizes).toEqual([12, 24, 48, 96, 192, 384, 768, 1536, 3072, 6144, MAX_BATCH]);
  });

  it('stops once no farther supplier can beat the k-th score, ties on distance included', () => {
    const ctx = searchContext(params({ first: 1 }), null, 2);
    const perfect = (id: string, km: number) =>
      candidate(id, km, {
        materials: ['PP', 'ABS', 'PA66'],
        notes: 'tooling',
        confirmedOn: TODAY,
        valid: new Map([['IATF-16949', null]]),
      });
    const s = startSearch(ctx);
    // the k-th is perfect and nearer than the last row: nothing farther can match it
    expect(absorbBatch(s, planBatch(s, ctx), [perfect('a', 1), perfect('b', 2)].map(row), ctx).done).toBe(true);
    // ... but at exactly the same distance a supplier could still win on id
    expect(absorbBatch(s, planBatch(s, ctx), [perfect('b', 1), perfect('c', 1)].map(row), ctx).done).toBe(false);
  });

  it('reads the range the k-th score implies in one batch (rings with static bounds), then stops', () => {
    const ctx = searchContext(params({ first: 2 }), null, 2);
    const s = startSearch(ctx);
    const next = absorbBatch(s, planBatch(s, ctx), near(2).map(row), ctx);
    expect(next.range).toEqual(stopRange(next.top[1].score, DEFAULT_WEIGHTS));
    const plan = planBatch(next, ctx);
    expect(plan.limit).toBe(RANGE_LIMIT);
    expect(plan.range!.rings).toEqual([{ outer: next.range!.chord, lows: null }]);
    // fewer rows than the limit: everything up to the range was read, and nothing beyond can win
    const done = absorbBatch(next, plan, [], ctx);
    expect(done.done).toBe(true);

    const bounded = searchContext(params({ first: 2, maxDistanceKm: 1e4 }), TODAY, 2);
    const b = absorbBatch(startSearch(bounded), planBatch(startSearch(bounded), bounded), near(2).map(row), bounded);
    const rings = planBatch(b, bounded).range!.rings;
    expect(rings).toHaveLength(RANGE_RINGS);
    // farther rings require a higher static bound
    rings.slice(1).forEach((r, i) => expect(r.lows![0]).toBeGreaterThan(rings[i].lows![0]));
  });

  it('after a strong first batch, stops when nothing unread can reach the k-th score, else skips the rows read', () => {
    const ctx = searchContext(params({ first: 1 }), TODAY, 2);
    const s = startSearch(ctx);
    const plan = planBatch(s, ctx);
    const strong = (c: Candidate, d: number): BatchRow => ({ candidate: c, strongDistance: d });
    const best = candidate('a', 0, {
      materials: ['PP', 'ABS', 'PA66'],
      notes: 'x',
      confirmedOn: TODAY,
      valid: new Map([['IATF-16949', null]]),
    });
    expect(absorbBatch(s, plan, [strong(best, 0), strong(candidate('b', 300), 300_000)], ctx).done).toBe(true);
    const next = absorbBatch(s, plan, [strong(candidate('b', 3), 3_000), strong(candidate('c', 4), 4_000)], ctx);
    expect(next.done).toBe(false);
    expect(planBatch(next, ctx)).toMatchObject({ order: 'plant', after: null, exclude: ['b', 'c'] });
  });

  it('finds exactly the brute-force top k (property, in-memory index)', () => {
    const kmArb = fc.oneof(
      fc.constantFrom(0, 2, 5, 20),
      fc.double({ min: 0, max: 60, noNaN: true }),
      fc.double({ min: 0, max: 400, noNaN: true }),
    );
    const supplierArb = fc.record({
      km: kmArb,
      materials: fc.subarray(['PP', 'ABS', 'steel', 'PA66', ' ']),
      notes: fc.constantFrom(null, 'tooling'),
      confirmedAgo: fc.option(fc.integer({ min: 0, max: 1500 }), { nil: null }),
      iatf: fc.option(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), { nil: undefined }),
      iso14001: fc.option(fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }), { nil: undefined }),
    });
    // every non-proximity component at its maximum: reaches the stop rules' bounds exactly
    const perfectArb = fc.record({
      km: kmArb,
      materials: fc.constant<string[]>(['PP', 'ABS', 'steel']),
      notes: fc.constant('tooling'),
      confirmedAgo: fc.constant(0),
      iatf: fc.constant(null),
      iso14001: fc.constant(null),
    });
    const anySupplierArb = fc.oneof({ arbitrary: supplierArb, weight: 3 }, { arbitrary: perfectArb, weight: 1 });
    const queryArb = fc.record({
      first: fc.integer({ min: 1, max: 6 }),
      maxDistanceKm: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
      weights: fc.option(
        fc.record({
          proximity: fc.integer({ min: 0, max: 5 }),
          certification: fc.integer({ min: 0, max: 5 }),
          capability: fc.integer({ min: 0, max: 5 }),
          freshness: fc.integer({ min: 1, max: 5 }),
        }),
        { nil: null },
      ),
      schemes: fc.constantFrom('preferred', 'iatf-required', 'iatf-only'),
      bounds: fc.boolean(),
      minBatch: fc.integer({ min: 1, max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(anySupplierArb, { minLength: 10, maxLength: 80 }), queryArb, (suppliers, q) => {
        const index: Stored[] = suppliers.map((x, i) => {
          const chord = kmToChord(x.km);
          const c = candidate(`s${String(i).padStart(3, '0')}`, chordToKm(chord), {
            chord,
            materials: x.materials,
            notes: x.notes,
            confirmedOn: x.confirmedAgo === null ? null : addDays(TODAY, -x.confirmedAgo),
            valid: held({ 'IATF-16949': x.iatf, 'ISO-14001': x.iso14001 }),
          });
          return { candidate: c, bound: staticBoundOf(c) };
        });
        const p = params({
          first: q.first,
          maxDistanceKm: q.maxDistanceKm,
          weights: q.weights ? normalizeWeights(q.weights, (f, m) => new Error(`${f}: ${m}`)) : DEFAULT_WEIGHTS,
          required: q.schemes === 'preferred' ? [] : ['IATF-16949'],
          preferred: q.schemes === 'iatf-only' ? [] : ['ISO-14001'],
        });
        const expected = index
          .filter((s) => p.required.every((code) => s.candidate.valid.has(code)))
          .filter((s) => p.maxDistanceKm === null || s.candidate.km <= p.maxDistanceKm)
          .map((s) => scoreCandidate(s.candidate, p))
          .sort(compareScored)
          .slice(0, p.first);
        const got = search(index, p, q.bounds ? TODAY : null, q.minBatch);
        expect(got.top.map((m) => m.candidate.id)).toEqual(expected.map((m) => m.candidate.id));
        got.top.forEach((m, i) => expect(m.score).toBe(expected[i].score));
      }),
      { numRuns: 300 },
    );
  });
});
