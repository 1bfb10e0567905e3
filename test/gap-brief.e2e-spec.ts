import { startTestApp, TestApp } from './support/test-app';
import { insertSupplier } from './support/builders';
import { tokenFor } from './support/accounts';
import { pdfText } from './support/pdf-text';
import { IATF_VALID, SALTILLO, SILAO } from './support/gaps-fixtures';

const BRIEF = `query($region: Region!, $radiusKm: Float, $language: Language) {
  capabilityGapBrief(region: $region, radiusKm: $radiusKm, language: $language) {
    filename contentType base64 sizeBytes asOf radiusKm region language } }`;
const REPORT = `query($region: Region!, $radiusKm: Float) { capabilityGapReport(region: $region, radiusKm: $radiusKm) {
  asOf gaps { gap { process gapScore } } logisticsNodes { name } } }`;
const CATALOG = `{ processes { code name nameEs } }`;

/** The analyst's investor brief: a real PDF in the language asked for, with the report's figures. */
describe('capabilityGapBrief (PDF)', () => {
  let t: TestApp;
  let analyst: string;

  beforeAll(async () => {
    t = await startTestApp();
    await insertSupplier(t.db, { ...SILAO, name: 'Moldes Silao', capabilities: [{ process: 'injection-molding' }] });
    await insertSupplier(t.db, {
      ...SALTILLO,
      name: 'Plásticos del Norte',
      capabilities: [{ process: 'injection-molding' }],
      certifications: [IATF_VALID],
    });
    analyst = await tokenFor(t, 'INVESTMENT_ANALYST');
  });
  afterAll(() => t.close());

  async function brief(language: 'ES' | 'EN', radiusKm = 150) {
    const r = await t.gql(BRIEF, { region: 'BAJIO', radiusKm, language }, analyst);
    expect(r.errors).toBeUndefined();
    const b = r.data.capabilityGapBrief;
    const pdf = Buffer.from(b.base64, 'base64');
    return { b, pdf, text: pdfText(pdf).replace(/\s+/g, ' ') };
  }

  it.each([
    ['ES', 'Brechas de capacidad: Bajío', 'nameEs', 'Puertos y cruces fronterizos', '150 km'],
    ['EN', 'Capability gaps: Bajío', 'name', 'Ports and border crossings', '150 km'],
  ] as const)(
    'in %s: a valid PDF with the region, its top gap, the date, the radius and the logistics',
    async (language, title, nameField, logistics, radius) => {
      const { b, pdf, text } = await brief(language);
      const report = (await t.gql(REPORT, { region: 'BAJIO', radiusKm: 150 }, analyst)).data.capabilityGapReport;
      const processes = (await t.gql(CATALOG)).data.processes as Array<Record<string, string>>;
      const top = processes.find((p) => p.code === report.gaps[0].gap.process)!;
      expect(b).toMatchObject({
        contentType: 'application/pdf',
        region: 'BAJIO',
        radiusKm: 150,
        language,
        asOf: report.asOf,
      });
      expect(b.filename).toBe(`enlace-brief-BAJIO-${report.asOf}-${language.toLowerCase()}.pdf`);
      expect(b.sizeBytes).toBe(pdf.length);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-6).toString()).toContain('%%EOF');
      expect(text).toContain(title);
      expect(text).toContain(top[nameField]);
      expect(text).toContain(radius);
      expect(text).toContain(logistics);
      expect(text).toContain(report.logisticsNodes[0].name);
      expect(text).toContain('Moldes Silao'); // a development candidate
      // the date, written in the language
      const date = new Intl.DateTimeFormat(language === 'ES' ? 'es-MX' : 'en-US', {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
      expect(text).toContain(date.format(new Date(`${report.asOf}T00:00:00Z`)));
    },
  );

  it('is for analysts and admins; bad arguments name the field', async () => {
    const buyer = await tokenFor(t, 'OEM_BUYER', { oem: 'General Motors' });
    expect((await t.gql(BRIEF, { region: 'BAJIO' }, buyer)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(BRIEF, { region: 'BAJIO' })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    const bad = await t.gql(BRIEF, { region: 'BAJIO', radiusKm: -5 }, analyst);
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusKm' });
    const lang = await t.gql(BRIEF, { region: 'BAJIO', language: 'FR' }, analyst);
    expect(lang.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
