import PDFDocument from 'pdfkit';
import { BriefData } from './brief-data';
import { briefMap } from './brief-map';
import { briefMessages, BriefMessages } from './brief-messages';

type Doc = PDFKit.PDFDocument;

/** US Letter in points, with 0.7-inch margins: analysts print the brief and attach it to e-mails. */
const PAGE = { width: 612, height: 792, margin: 50 };
const CONTENT = PAGE.width - 2 * PAGE.margin;
const INK = '#1d2a33';
const MUTED = '#5b6770';
const RULE = '#c9d1d6';
const BRAND = '#0b5d4b';
const MAP_HEIGHT = 300;
const MAX_LOGISTICS = 10;

interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

interface Fmt {
  m: BriefMessages;
  int: (v: number) => string;
  num: (v: number) => string;
  pct: (v: number) => string;
  km: (v: number) => string;
  usd: (v: number) => string;
  date: (iso: string) => string;
}

function formatters(data: BriefData): Fmt {
  const m = briefMessages(data.language);
  const n = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(m.locale, o);
  const [int, one, pct, usd] = [
    n({ maximumFractionDigits: 0 }),
    n({ maximumFractionDigits: 1 }),
    n({ style: 'percent', maximumFractionDigits: 0 }),
    n({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
  ];
  const day = new Intl.DateTimeFormat(m.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    m,
    int: (v) => int.format(v),
    num: (v) => one.format(v),
    pct: (v) => pct.format(v),
    km: (v) => `${one.format(v)} km`,
    usd: (v) => usd.format(v),
    date: (iso) => day.format(new Date(`${iso}T00:00:00Z`)),
  };
}

/** A gap score in [0, 1] as a fill colour, light to dark. */
export function gapColour(score: number | null): string {
  if (score === null) return '#eef1f3';
  const [a, b] = [
    [254, 237, 222],
    [166, 54, 3],
  ];
  const s = Math.max(0, Math.min(1, score));
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * s));
  return `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

function heading(doc: Doc, text: string): void {
  if (doc.y > PAGE.height - PAGE.margin - 80) doc.addPage();
  doc
    .moveDown(0.8)
    .font('Helvetica-Bold')
    .fontSize(12)
    .fillColor(BRAND)
    .text(text, PAGE.margin, doc.y, { width: CONTENT });
  doc.moveDown(0.3);
}

/** One table row; when it does not fit, it goes to a new page, after `onNewPage` (the header again). */
function row(doc: Doc, columns: Column[], cells: string[], bold: boolean, onNewPage?: () => void): void {
  doc
    .font(bold ? 'Helvetica-Bold' : 'Helvetica')
    .fontSize(8.5)
    .fillColor(INK);
  const h = Math.max(...cells.map((c, i) => doc.heightOfString(c, { width: columns[i].width - 6 }))) + 6;
  if (doc.y + h > PAGE.height - PAGE.margin - 20) {
    doc.addPage();
    onNewPage?.();
    doc
      .font(bold ? 'Helvetica-Bold' : 'Helvetica')
      .fontSize(8.5)
      .fillColor(INK);
  }
  const y = doc.y;
  let x = PAGE.margin;
  cells.forEach((c, i) => {
    doc.text(c, x + 3, y + 3, { width: columns[i].width - 6, align: columns[i].align ?? 'left' });
    x += columns[i].width;
  });
  doc
    .moveTo(PAGE.margin, y + h)
    .lineTo(PAGE.margin + CONTENT, y + h)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  doc.x = PAGE.margin;
  doc.y = y + h;
}

/** A table that continues on the next page, its header repeated, when it does not fit. */
function table(doc: Doc, columns: Column[], rows: string[][]): void {
  const header = () =>
    row(
      doc,
      columns,
      columns.map((c) => c.header),
      true,
    );
  header();
  for (const cells of rows) row(doc, columns, cells, false, header);
}

function note(doc: Doc, text: string): void {
  doc.font('Helvetica-Oblique').fontSize(9).fillColor(MUTED).text(text, PAGE.margin, doc.y, { width: CONTENT });
}

function title(doc: Doc, data: BriefData, f: Fmt): void {
  doc
    .font('Helvetica-Bold')
    .fontSize(20)
    .fillColor(INK)
    .text(f.m.title(f.m.regions[data.region]), PAGE.margin, PAGE.margin);
  doc
    .font('Helvetica')
    .fontSize(10)
    .fillColor(MUTED)
    .text(f.m.subtitle(f.date(data.asOf), f.km(data.radiusKm)));
}

function map(doc: Doc, data: BriefData, f: Fmt): void {
  heading(doc, f.m.mapHeading);
  const top = doc.y;
  const m = briefMap(CONTENT, MAP_HEIGHT);
  const score = new Map(data.states.map((s) => [s.code, s]));
  doc.save().rect(PAGE.margin, top, CONTENT, MAP_HEIGHT).clip().translate(PAGE.margin, top);
  doc.rect(0, 0, CONTENT, MAP_HEIGHT).fill('#f4f8fb');
  doc.path(m.land).fill('#e6e9eb');
  for (const s of m.states) {
    const st = score.get(s.code);
    doc
      .path(s.d)
      .fillColor(gapColour(st?.score ?? null))
      .fill();
    doc
      .path(s.d)
      .lineWidth(st?.inRegion ? 1.2 : 0.4)
      .strokeColor(st?.inRegion ? INK : '#ffffff')
      .stroke();
  }
  for (const p of data.plants) {
    const [x, y] = m.project(p.lng, p.lat);
    doc
      .polygon([x, y - 4], [x + 4, y], [x, y + 4], [x - 4, y])
      .lineWidth(0.6)
      .fillAndStroke(BRAND, '#ffffff');
  }
  doc.restore();
  doc.y = top + MAP_HEIGHT + 4;
  const scores = data.gaps.map((g) => g.score);
  if (scores.length) note(doc, f.m.mapLegend(f.pct(Math.min(...scores)), f.pct(Math.max(...scores))));
}

function gaps(doc: Doc, data: BriefData, f: Fmt): void {
  heading(doc, f.m.gapsHeading);
  if (!data.gaps.length) return note(doc, f.m.noGaps);
  const [p, pl, d, c, k, s] = f.m.gapColumns;
  table(
    doc,
    [
      { header: p, width: 172 },
      { header: pl, width: 50, align: 'right' },
      { header: d, width: 60, align: 'right' },
      { header: c, width: 90, align: 'right' },
      { header: k, width: 70, align: 'right' },
      { header: s, width: CONTENT - 442, align: 'right' },
    ],
    data.gaps.map((g) => [
      g.processName,
      f.int(g.plants),
      f.num(g.demand),
      f.int(g.certified),
      f.int(g.candidates),
      f.pct(g.score),
    ]),
  );
}

function candidates(doc: Doc, data: BriefData, f: Fmt): void {
  if (!data.development.length) {
    heading(doc, f.m.candidatesHeading);
    return note(doc, f.m.noCandidates);
  }
  const [s, d, l, c, co] = f.m.candidateColumns;
  const columns: Column[] = [
    { header: s, width: 190 },
    { header: d, width: 80, align: 'right' },
    { header: l, width: 92 },
    { header: c, width: 75, align: 'right' },
    { header: co, width: CONTENT - 437, align: 'right' },
  ];
  for (const gap of data.development) {
    heading(doc, `${f.m.candidatesHeading}: ${gap.processName}`);
    table(
      doc,
      columns,
      gap.candidates.map((x) => [
        `${x.name}\n${x.city}`,
        f.km(x.distanceKm),
        x.missing.join(', '),
        f.usd(x.costUsd),
        f.usd(x.coFundedUsd),
      ]),
    );
  }
}

function elsewhere(doc: Doc, data: BriefData, f: Fmt): void {
  heading(doc, f.m.elsewhereHeading);
  const lines = data.gaps.slice(0, 6).map((g) => {
    const list = g.elsewhere.map((e) => `${e.name} (${f.m.regions[e.region]}, ${f.km(e.distanceKm)})`).join('; ');
    return `${g.processName}: ${list || f.m.elsewhereNone}`;
  });
  doc
    .font('Helvetica')
    .fontSize(9)
    .fillColor(INK)
    .list(lines, PAGE.margin, doc.y, { width: CONTENT, bulletRadius: 1.5 });
}

function logistics(doc: Doc, data: BriefData, f: Fmt): void {
  heading(doc, f.m.logisticsHeading);
  const [n, k, p, d] = f.m.logisticsColumns;
  table(
    doc,
    [
      { header: n, width: 170 },
      { header: k, width: 100 },
      { header: p, width: 162 },
      { header: d, width: CONTENT - 432, align: 'right' },
    ],
    data.logistics
      .slice(0, MAX_LOGISTICS)
      .map((x) => [x.name, f.m.kinds[x.kind] ?? x.kind, x.nearestPlant, f.km(x.distanceKm)]),
  );
}

function footers(doc: Doc, f: Fmt): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    doc.page.margins.bottom = 0; // the footer sits in the margin: no new page for it
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(MUTED)
      .text(`Enlace · ${f.m.page(i + 1, count)}`, PAGE.margin, PAGE.height - PAGE.margin + 16, {
        width: CONTENT,
        align: 'right',
        lineBreak: false,
      });
  }
}

/** The investor brief as a PDF (US Letter): title, map, gaps, candidates for the top gap, where certified supply is, logistics. */
export async function renderBrief(data: BriefData): Promise<Buffer> {
  const f = formatters(data);
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: PAGE.margin,
    bufferPages: true,
    info: {
      Title: f.m.title(f.m.regions[data.region]),
      Author: 'Enlace',
      Subject: f.m.subtitle(data.asOf, f.km(data.radiusKm)),
    },
    lang: f.m.locale,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  title(doc, data, f);
  map(doc, data, f);
  gaps(doc, data, f);
  candidates(doc, data, f);
  elsewhere(doc, data, f);
  logistics(doc, data, f);
  doc.moveDown(1.2);
  note(doc, f.m.method);
  footers(doc, f);
  doc.end();
  return done;
}
