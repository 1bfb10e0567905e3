import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../catalog/useCatalog';
import {
  gapCsvRows,
  gapPath,
  nextSort,
  sortGaps,
  API_ORDER,
  type GapSort,
  type SortKey,
} from '../../components/gaps/gaps';
import { downloadBlob, toCsv } from '../../components/gaps/download';
import { ScoreBar } from '../../components/ScoreBar';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { GapRowFragment, Region } from '../../generated/graphql';

const COLUMNS: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'region', label: 'gaps.col.region' },
  { key: 'process', label: 'gaps.col.process' },
  { key: 'plantsInRegion', label: 'gaps.col.plants', numeric: true },
  { key: 'demand', label: 'gaps.col.demand', numeric: true },
  { key: 'certifiedSuppliers', label: 'gaps.col.certified', numeric: true },
  { key: 'developmentCandidates', label: 'gaps.col.candidates', numeric: true },
  { key: 'gapScore', label: 'gaps.col.score', numeric: true },
];

/** The gaps, sortable by any column (the API's order first), with a CSV of the rows as sorted. */
export function GapTable({ rows, radiusKm }: { rows: GapRowFragment[]; radiusKm: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { processName } = useCatalog();
  const [sort, setSort] = useState<GapSort>(API_ORDER);
  const names = useMemo(
    () => ({ region: (r: Region) => t(`regions.${r}`), process: processName, locale: f.locale }),
    [t, processName, f.locale],
  );
  const sorted = useMemo(() => sortGaps(rows, sort, names), [rows, sort, names]);
  const label = t('gaps.tableLabel');

  const downloadCsv = () => {
    const headers = [
      'region',
      'regionCode',
      'process',
      'processCode',
      'plants',
      'demand',
      'certified',
      'candidates',
      'score',
    ];
    const csv = toCsv(
      gapCsvRows(
        sorted,
        headers.map((h) => t(`gaps.csv.${h}`)),
        names,
      ),
    );
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), t('gaps.csv.filename'));
  };

  return (
    <>
      <div className="results-head">
        <h2 aria-live="polite">{t('gaps.count', { count: rows.length, formatted: f.integer(rows.length) })}</h2>
        <button type="button" className="button button-secondary" onClick={downloadCsv} disabled={!rows.length}>
          {t('gaps.csv.download')}
        </button>
      </div>
      <TableScroll label={label}>
        <table className="table table-stack gap-table">
          <caption>{label}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.direction : undefined}>
                  <button type="button" className="sort-button" onClick={() => setSort((s) => nextSort(s, c.key))}>
                    {t(c.label)}
                    <span aria-hidden="true" className="sort-mark">
                      {sort.key === c.key ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={`${r.region}-${r.process}`}>
                <td data-label={t('gaps.col.region')}>{names.region(r.region)}</td>
                <th scope="row">
                  <Link to={gapPath(r.region, r.process, radiusKm)}>{processName(r.process)}</Link>
                </th>
                <td className="num" data-label={t('gaps.col.plants')}>
                  {f.integer(r.plantsInRegion)}
                </td>
                <td className="num" data-label={t('gaps.col.demand')}>
                  {f.number(r.demand)}
                </td>
                <td className="num" data-label={t('gaps.col.certified')}>
                  {f.integer(r.certifiedSuppliers)}
                </td>
                <td className="num" data-label={t('gaps.col.candidates')}>
                  {f.integer(r.developmentCandidates)}
                </td>
                <td data-label={t('gaps.col.score')}>
                  <ScoreBar value={r.gapScore} strong />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
