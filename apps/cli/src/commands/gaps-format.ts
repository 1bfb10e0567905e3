import { Region } from '@enlace/core';
import { GapRow } from '@enlace/gaps';

const GAP_CSV_COLUMNS = [
  'region',
  'process',
  'plantsInRegion',
  'demand',
  'certifiedSuppliers',
  'developmentCandidates',
  'gapScore',
] as const;

function csvCell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row, one line per gap, in capabilityGaps order. */
export function gapsToCsv(rows: readonly GapRow[]): string {
  const lines = [GAP_CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(GAP_CSV_COLUMNS.map((c) => csvCell(r[c])).join(','));
  return lines.join('\n') + '\n';
}

function mdCell(v: string | number): string {
  return String(v).replace(/\|/g, '\\|');
}

/** Markdown: a title, then a table per region (in region order), gaps ordered as capabilityGaps. */
export function gapsToMarkdown(
  rows: readonly GapRow[],
  opts: { regions: readonly Region[]; asOf: string; radiusKm: number; k: number },
): string {
  const out: string[] = [
    `# Capability gaps`,
    '',
    `As of ${opts.asOf}; supply within ${opts.radiusKm} km of a plant; a plant is fully covered by ${opts.k} suppliers with a valid IATF 16949. ` +
      `Gap score 1 = demand with no certified supply nearby.`,
  ];
  for (const region of opts.regions) {
    const mine = rows.filter((r) => r.region === region);
    out.push('', `## ${region}`, '');
    if (!mine.length) {
      out.push('_No plant of this region sources any process._');
      continue;
    }
    out.push(
      '| Process | Plants | Demand | Certified suppliers | Development candidates | Gap score |',
      '|---|---:|---:|---:|---:|---:|',
    );
    for (const r of mine) {
      out.push(
        `| ${mdCell(r.process)} | ${r.plantsInRegion} | ${r.demand} | ${r.certifiedSuppliers} | ${r.developmentCandidates} | ${r.gapScore.toFixed(3)} |`,
      );
    }
  }
  return out.join('\n') + '\n';
}
