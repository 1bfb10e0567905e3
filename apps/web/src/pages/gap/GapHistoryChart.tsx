import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { historyChart } from '../../components/gaps/chart';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { GapDetailQuery } from '../../generated/graphql';

type Snapshot = GapDetailQuery['gapHistory'][number];

const BOX = { width: 640, height: 240, pad: { left: 48, right: 24, top: 16, bottom: 36 } };

/** The gap score over the recorded snapshots, with the same figures as a table for screen readers and printing. */
export function GapHistoryChart({ series }: { series: Snapshot[] }) {
  const { t } = useTranslation();
  const f = useFormat();
  const chart = useMemo(() => historyChart(series, BOX), [series]);
  const first = series[0];
  const last = series[series.length - 1];
  const summary = t('gap.historySummary', {
    count: series.length,
    from: f.date(first.date),
    to: f.date(last.date),
    first: f.percent(first.gapScore),
    last: f.percent(last.gapScore),
  });
  return (
    <figure className="history card">
      <svg className="history-svg" viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={summary}>
        {chart.yTicks.map((tick) => (
          <g key={tick.value} className="history-grid">
            <line x1={BOX.pad.left} x2={BOX.width - BOX.pad.right} y1={tick.y} y2={tick.y} />
            <text x={BOX.pad.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {f.percent(tick.value)}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text key={tick.date} className="history-date" x={tick.x} y={BOX.height - 12} textAnchor="middle">
            {f.date(tick.date)}
          </text>
        ))}
        <path className="history-line" d={chart.line} />
        {chart.points.map((p) => (
          <circle key={p.date} className="history-dot" cx={p.x} cy={p.y} r={3.5} />
        ))}
      </svg>
      <figcaption className="muted small">{summary}</figcaption>
      <details className="history-data">
        <summary>{t('gap.historyData')}</summary>
        <TableScroll label={t('gap.historyTable')}>
          <table className="table">
            <caption className="sr-only">{t('gap.historyTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('gap.col.date')}</th>
                <th scope="col">{t('gaps.col.score')}</th>
                <th scope="col">{t('gaps.col.demand')}</th>
                <th scope="col">{t('gaps.col.certified')}</th>
                <th scope="col">{t('gaps.col.candidates')}</th>
              </tr>
            </thead>
            <tbody>
              {series.map((s) => (
                <tr key={s.date}>
                  <th scope="row">{f.date(s.date)}</th>
                  <td className="num">{f.percent(s.gapScore)}</td>
                  <td className="num">{f.number(s.demand)}</td>
                  <td className="num">{f.integer(s.certifiedSuppliers)}</td>
                  <td className="num">{f.integer(s.developmentCandidates)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
    </figure>
  );
}
