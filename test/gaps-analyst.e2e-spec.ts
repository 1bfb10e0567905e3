import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { GapsService } from '@enlace/gaps';
import { prepareGaps } from '../apps/cli/src/commands/gaps.command';
import { sink } from './support/cli';
import { startTestApp, TestApp } from './support/test-app';
import { daysFromToday, insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { AGUASCALIENTES, GUADALAJARA, IATF_VALID, SALTILLO, SILAO } from './support/gaps-fixtures';

/** What the report's assertions read of a gap entry, a supplier elsewhere and a logistics node. */
interface GapEntry {
  gap: { region: string; process: string };
}
interface NearRegion {
  region?: string;
  nearestPlant: { region: string };
}

/** The analyst's tools around capabilityGaps: candidates, report, history, CLI, and who may see them. */

const ISO9001_VALID = { scheme: 'ISO-9001', issuedOn: daysFromToday(-200), expiresOn: daysFromToday(700) };

const CANDIDATES = `query($region: Region!, $process: String!, $first: Int) {
  supplierDevelopmentCandidates(region: $region, process: $process, first: $first) {
    supplierId supplier { id name } nearDemand nearestDistanceKm plants { plantId plant { name region } distanceKm }
    missingCertifications holdsIso9001 indicativeCostUsd coFundedUsd supplierShareUsd } }`;
const REPORT = `query($region: Region!) { capabilityGapReport(region: $region) {
  region radiusKm asOf
  gaps { gap { region process gapScore certifiedSuppliers } nearestCertifiedElsewhere { supplierId supplier { name } region distanceKm nearestPlant { name region } } }
  logisticsNodes { name kind stateCode location { lat lng } distanceKm nearestPlant { name region } } } }`;
const HISTORY = `query($region: Region!, $process: String!) { gapHistory(region: $region, process: $process) {
  date region process radiusKm plantsInRegion demand certifiedSuppliers developmentCandidates gapScore } }`;

describe('capability gaps: analyst tools', () => {
  let t: TestApp;
  let analyst: string;
  let admin: string;
  let buyer: string;
  let supplierToken: string;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await startTestApp();
    ids = {
      // uncertified injection molders: one in Silao (near several Bajío plants), one in Aguascalientes with ISO 9001 and CQI-23
      silaoMolder: await insertSupplier(t.db, {
        ...SILAO,
        name: 'Moldes Silao',
        capabilities: [{ process: 'injection-molding' }],
      }),
      aguasMolder: await insertSupplier(t.db, {
        ...AGUASCALIENTES,
        name: 'Inyección Aguascalientes',
        capabilities: [{ process: 'injection-molding' }],
        certifications: [
          ISO9001_VALID,
          { scheme: 'CQI-23', issuedOn: daysFromToday(-30), expiresOn: daysFromToday(300) },
        ],
      }),
      // certified molder in the Bajío: not a candidate, not "elsewhere"
      certifiedBajio: await insertSupplier(t.db, {
        ...SILAO,
        name: 'Plásticos Certificados Bajío',
        capabilities: [{ process: 'injection-molding' }],
        certifications: [IATF_VALID],
      }),
      // certified molders in other regions
      certifiedNorth: await insertSupplier(t.db, {
        ...SALTILLO,
        name: 'Plásticos del Norte',
        capabilities: [{ process: 'injection-molding' }],
        certifications: [IATF_VALID],
      }),
      certifiedWest: await insertSupplier(t.db, {
        ...GUADALAJARA,
        name: 'Plásticos de Occidente',
        capabilities: [{ process: 'injection-molding' }],
        certifications: [IATF_VALID],
      }),
      // far away from every Bajío plant: not a candidate at 250 km
      farMolder: await insertSupplier(t.db, {
        lat: 19.2,
        lng: -96.14,
        stateCode: 'MX-VER',
        city: 'Veracruz',
        name: 'Moldes del Golfo',
        capabilities: [{ process: 'injection-molding' }],
      }),
    };
    analyst = await tokenFor(t, 'INVESTMENT_ANALYST');
    admin = await tokenFor(t, 'ADMIN');
    buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    supplierToken = await tokenFor(t, 'SUPPLIER', { supplierId: ids.silaoMolder });
  });
  afterAll(() => t.close());

  describe('access', () => {
    const ops: Array<[string, string, Record<string, unknown>]> = [
      ['supplierDevelopmentCandidates', CANDIDATES, { region: 'BAJIO', process: 'injection-molding' }],
      ['capabilityGapReport', REPORT, { region: 'BAJIO' }],
      ['gapHistory', HISTORY, { region: 'BAJIO', process: 'injection-molding' }],
    ];
    it.each(ops)(
      '%s: analysts and admins yes; buyers and suppliers FORBIDDEN; anonymous UNAUTHENTICATED',
      async (name, query, vars) => {
        for (const token of [analyst, admin]) {
          const r = await t.gql(query, vars, token);
          expect(r.errors).toBeUndefined();
          expect(r.data[name]).toBeDefined();
        }
        for (const token of [buyer, supplierToken]) {
          const r = await t.gql(query, vars, token);
          expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
          expect(r.data?.[name] ?? null).toBeNull();
        }
        const anon = await t.gql(query, vars);
        expect(anon.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      },
    );

    it('capabilityGaps is readable by anyone (aggregates only)', async () => {
      for (const token of [undefined, buyer, supplierToken, analyst]) {
        const r = await t.gql(`{ capabilityGaps(input: { region: BAJIO }) { process gapScore } }`, {}, token);
        expect(r.errors).toBeUndefined();
        expect(r.data.capabilityGaps.length).toBeGreaterThan(0);
      }
    });
  });

  it('supplierDevelopmentCandidates: uncertified suppliers near the most demand, with plants, distance, what they lack and the cost share', async () => {
    const r = await t.gql(CANDIDATES, { region: 'BAJIO', process: 'injection-molding' }, analyst);
    expect(r.errors).toBeUndefined();
    const list = r.data.supplierDevelopmentCandidates;
    expect(list.map((c: { supplierId: string }) => c.supplierId).sort()).toEqual(
      [ids.silaoMolder, ids.aguasMolder].sort(),
    );
    for (let i = 1; i < list.length; i++) expect(list[i - 1].nearDemand).toBeGreaterThanOrEqual(list[i].nearDemand);
    for (const c of list) {
      expect(c.plants.length).toBeGreaterThan(0);
      expect(c.nearDemand).toBe(c.plants.length); // no open requests: 1 per plant
      expect(
        c.plants.every(
          (p: { plant: { region: string }; distanceKm: number }) => p.plant.region === 'BAJIO' && p.distanceKm <= 250,
        ),
      ).toBe(true);
      expect(c.nearestDistanceKm).toBeCloseTo(c.plants[0].distanceKm, 6);
      expect(c.coFundedUsd).toBeCloseTo(c.indicativeCostUsd / 2, 6);
      expect(c.supplierShareUsd + c.coFundedUsd).toBeCloseTo(c.indicativeCostUsd, 6);
    }
    const silao = list.find((c: { supplierId: string }) => c.supplierId === ids.silaoMolder);
    expect(silao.supplier.name).toBe('Moldes Silao');
    expect(silao.missingCertifications).toEqual(['IATF-16949', 'CQI-23']);
    expect(silao.holdsIso9001).toBe(false);
    expect(silao.indicativeCostUsd).toBe(34000);
    expect(silao.plants.map((p: { plant: { name: string } }) => p.plant.name)).toContain('Silao Complex');
    const aguas = list.find((c: { supplierId: string }) => c.supplierId === ids.aguasMolder);
    expect(aguas.missingCertifications).toEqual(['IATF-16949']);
    expect(aguas.holdsIso9001).toBe(true);
    expect(aguas.indicativeCostUsd).toBe(18000);
    expect(aguas.coFundedUsd).toBe(9000);

    const one = await t.gql(CANDIDATES, { region: 'BAJIO', process: 'injection-molding', first: 1 }, admin);
    expect(one.data.supplierDevelopmentCandidates).toHaveLength(1);
    expect(one.data.supplierDevelopmentCandidates[0].supplierId).toBe(list[0].supplierId);
  });

  it('supplierDevelopmentCandidates validates its arguments', async () => {
    const badProcess = await t.gql(CANDIDATES, { region: 'BAJIO', process: 'levitation' }, analyst);
    expect(badProcess.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badProcess.errors?.[0].message).toContain('process');
    const badFirst = await t.gql(CANDIDATES, { region: 'BAJIO', process: 'stamping', first: 0 }, analyst);
    expect(badFirst.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badFirst.errors?.[0].message).toContain('first');
  });

  it('capabilityGapReport: gaps, nearest certified suppliers in other regions, nearest ports and border crossings', async () => {
    const r = await t.gql(REPORT, { region: 'BAJIO' }, analyst);
    expect(r.errors).toBeUndefined();
    const rep = r.data.capabilityGapReport;
    expect(rep).toMatchObject({ region: 'BAJIO', radiusKm: 250 });
    expect(rep.gaps.every((e: GapEntry) => e.gap.region === 'BAJIO')).toBe(true);
    const molding = rep.gaps.find((e: GapEntry) => e.gap.process === 'injection-molding');
    expect(molding.gap.certifiedSuppliers).toBe(2); // the Bajío one and the Guadalajara one (within 250 km of Bajío plants)
    const elsewhere = molding.nearestCertifiedElsewhere;
    expect(elsewhere.map((x: { supplierId: string }) => x.supplierId)).toEqual([ids.certifiedWest, ids.certifiedNorth]);
    expect(elsewhere.every((x: NearRegion) => x.region !== 'BAJIO' && x.nearestPlant.region === 'BAJIO')).toBe(true);
    expect(elsewhere[0].distanceKm).toBeLessThan(elsewhere[1].distanceKm);
    // a process with no certified supplier anywhere lists nobody
    expect(rep.gaps.find((e: GapEntry) => e.gap.process === 'stamping').nearestCertifiedElsewhere).toEqual([]);

    expect(rep.logisticsNodes).toHaveLength(11);
    const kinds = new Set(rep.logisticsNodes.map((n: { kind: string }) => n.kind));
    expect(kinds).toEqual(new Set(['seaport', 'border-crossing']));
    for (let i = 1; i < rep.logisticsNodes.length; i++)
      expect(rep.logisticsNodes[i - 1].distanceKm).toBeLessThanOrEqual(rep.logisticsNodes[i].distanceKm);
    expect(rep.logisticsNodes.every((n: NearRegion) => n.nearestPlant.region === 'BAJIO')).toBe(true);
    // the Bajío is nearer to Altamira / Manzanillo / Lázaro Cárdenas than to Tijuana
    expect(rep.logisticsNodes[rep.logisticsNodes.length - 1].name).toMatch(/Tijuana|Mexicali/);
  });

  it('gaps snapshot records today once per day (idempotent) and gapHistory shows the series', async () => {
    const service = t.app.get(GapsService);
    const first = await service.snapshot();
    const again = await service.snapshot();
    expect(again).toEqual(first);
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM gap_snapshots WHERE snapshot_date = $1`, [
      first.date,
    ]);
    expect(n).toBe(first.gaps);
    // an earlier day, as if recorded before an investment
    await t.db.query(
      `INSERT INTO gap_snapshots (snapshot_date, region, process_code, radius_km, plants_in_region, demand, certified_suppliers, development_candidates, gap_score)
       VALUES ($1, 'BAJIO', 'injection-molding', 250, 9, 9, 0, 2, 1)`,
      [daysFromToday(-60)],
    );
    const r = await t.gql(HISTORY, { region: 'BAJIO', process: 'injection-molding' }, analyst);
    expect(r.errors).toBeUndefined();
    const series = r.data.gapHistory;
    expect(series).toHaveLength(2);
    expect(series[0]).toMatchObject({ date: daysFromToday(-60), gapScore: 1, radiusKm: 250 });
    expect(series[1].date).toBe(first.date);
    expect(series[1].gapScore).toBeLessThan(1);
    const bad = await t.gql(HISTORY, { region: 'BAJIO', process: 'nope' }, analyst);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('CLI gaps: CSV and Markdown (a table per region), to stdout or --out', async () => {
    const out = sink();
    const err = sink();
    const csv = prepareGaps(
      {
        command: 'gaps',
        positionals: [],
        options: new Map([
          ['region', 'BAJIO'],
          ['format', 'csv'],
        ]),
      },
      { stdout: out.stream, stderr: err.stream },
    );
    expect(await csv.run(t.app)).toBe(0);
    const lines = out.text().trim().split('\n');
    expect(lines[0]).toBe('region,process,plantsInRegion,demand,certifiedSuppliers,developmentCandidates,gapScore');
    const api = await t.gql(`{ capabilityGaps(input: { region: BAJIO }) { region process gapScore } }`);
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(','))).toEqual(
      api.data.capabilityGaps.map((g: { region: string; process: string }) => `${g.region},${g.process}`),
    );

    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'gaps-'));
    const file = path.join(dir, 'gaps.md');
    const md = prepareGaps(
      {
        command: 'gaps',
        positionals: [],
        options: new Map([
          ['format', 'md'],
          ['out', file],
        ]),
      },
      { stdout: out.stream, stderr: err.stream },
    );
    expect(await md.run(t.app)).toBe(0);
    const text = await fs.readFile(file, 'utf8');
    for (const region of ['NORTH', 'BAJIO', 'CENTER', 'WEST', 'SOUTH']) expect(text).toContain(`## ${region}`);
    expect(text).toContain('| Process | Plants | Demand | Certified suppliers | Development candidates | Gap score |');
    expect(text).toMatch(/\| injection-molding \| \d+ \| [\d.]+ \| 2 \| 2 \| 0\.\d{3} \|/);
    await fs.rm(dir, { recursive: true, force: true });

    expect(() =>
      prepareGaps(
        { command: 'gaps', positionals: [], options: new Map([['format', 'pdf']]) },
        { stdout: out.stream, stderr: err.stream },
      ),
    ).toThrow(/--format/);
    expect(() =>
      prepareGaps(
        { command: 'gaps', positionals: [], options: new Map([['region', 'MARS']]) },
        { stdout: out.stream, stderr: err.stream },
      ),
    ).toThrow(/--region/);
    expect(() =>
      prepareGaps(
        { command: 'gaps', positionals: [], options: new Map([['radius', '0']]) },
        { stdout: out.stream, stderr: err.stream },
      ),
    ).toThrow(/--radius/);
  });
});
