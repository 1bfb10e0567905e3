import { useMemo } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../catalog/useCatalog';
import { gapPath, heatMatrix, shadeOf } from '../../components/gaps/gaps';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { GapRowFragment } from '../../generated/graphql';

/** Region × process: every gap score in one table, each cell shaded like the map and linked to its gap. */
export function GapHeatMap({ rows, radiusKm }: { rows: GapRowFragment[]; radiusKm: number | null }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { processName } = useCatalog();
  const matrix = useMemo(() => heatMatrix(rows), [rows]);
  const label = t('gaps.heatLabel');
  return (
    <TableScroll label={label}>
      <table className="table heat-table">
        <caption>
          {label}
          <span className="muted small heat-help">{t('gaps.heatHelp')}</span>
        </caption>
        <thead>
          <tr>
            <td />
            {matrix.processes.map((p) => (
              <th key={p} scope="col">
                {processName(p)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.regions.map((region) => (
            <tr key={region}>
              <th scope="row">{t(`regions.${region}`)}</th>
              {matrix.processes.map((p) => {
                const gap = matrix.cell(region, p);
                return gap ? (
                  <td key={p} className={`heat-cell shade-${shadeOf(gap.gapScore)}`}>
                    <Link to={gapPath(region, p, radiusKm)}>{f.percent(gap.gapScore)}</Link>
                  </td>
                ) : (
                  <td key={p} className="heat-cell heat-empty">
                    <span aria-hidden="true">·</span>
                    <span className="sr-only">{t('gaps.noDemand')}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
