import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { useFormat } from '../../format/format';
import type { MatchRowFragment } from '../../generated/graphql';
import { ScoreBar } from '../ScoreBar';
import { TableScroll } from '../TableScroll';
import { reasonLabel } from './reasons';

const COMPONENTS = ['proximity', 'certification', 'capability', 'freshness'] as const;

interface Props {
  /** The table's accessible name (its caption, visually hidden when a heading above says the same). */
  label: string;
  hideCaption?: boolean;
  /** Rank, supplier, score, distance and what is missing only (to sit beside another table). */
  compact?: boolean;
  rows: MatchRowFragment[];
  /** Selected for comparison (supplier ids), with the toggle; omitted = no compare column. */
  compare?: { selected: string[]; max: number; toggle: (id: string) => void };
  /** An extra cell per row (e.g. "Award"), under this column heading. */
  action?: { heading: string; render: (row: MatchRowFragment) => ReactNode };
}

/** Ranked suppliers in rank order: score, a bar per score component, distance, drive time, what is missing, why. */
export function MatchTable({ label, hideCaption, compact, rows, compare, action }: Props) {
  const { t } = useTranslation();
  const f = useFormat();
  const { processName } = useCatalog();
  return (
    <TableScroll label={label}>
      <table className="table match-table table-stack">
        <caption className={hideCaption ? 'sr-only' : undefined}>{label}</caption>
        <thead>
          <tr>
            <th scope="col">{t('match.rank')}</th>
            <th scope="col">{t('match.supplier')}</th>
            <th scope="col">{t('match.score')}</th>
            {!compact && <th scope="col">{t('match.breakdown')}</th>}
            <th scope="col">{t('match.distance')}</th>
            {!compact && <th scope="col">{t('match.driveTime')}</th>}
            <th scope="col">{t('match.missing')}</th>
            {!compact && <th scope="col">{t('match.reasons')}</th>}
            {compare && <th scope="col">{t('match.compare')}</th>}
            {action && <th scope="col">{action.heading}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((m, i) => {
            const checked = compare?.selected.includes(m.supplier.id) ?? false;
            return (
              <tr key={m.supplier.id} className={checked ? 'row-selected' : undefined}>
                <td className="num" data-label={t('match.rank')}>
                  {i + 1}
                </td>
                <th scope="row" className="match-supplier">
                  <Link to={`/suppliers/${m.supplier.id}`}>{m.supplier.name}</Link>
                  <span className="muted small">
                    {m.supplier.city}, {m.supplier.state.name}
                  </span>
                </th>
                <td data-label={t('match.score')}>
                  <ScoreBar value={m.score} strong />
                </td>
                {!compact && (
                  <td data-label={t('match.breakdown')}>
                    <dl className="breakdown">
                      {COMPONENTS.map((c) => (
                        <div key={c} className="breakdown-row">
                          <dt className="breakdown-label">{t(`match.component.${c}`)}</dt>
                          <dd>
                            <ScoreBar value={m.breakdown[c]} />
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </td>
                )}
                <td className="num" data-label={t('match.distance')}>
                  {f.km(m.distanceKm)}
                </td>
                {!compact && (
                  <td className="num" data-label={t('match.driveTime')}>
                    {f.hours(m.estimatedDriveHours)}
                  </td>
                )}
                <td data-label={t('match.missing')}>
                  {m.missingCertifications.length ? m.missingCertifications.map(schemeLabel).join(', ') : '—'}
                </td>
                {!compact && (
                  <td data-label={t('match.reasons')}>
                    <ul className="reasons">
                      {m.explanation.map((r, k) => (
                        <li key={k}>{reasonLabel(r, t, f, processName)}</li>
                      ))}
                    </ul>
                  </td>
                )}
                {compare && (
                  <td data-label={t('match.compare')}>
                    <input
                      type="checkbox"
                      aria-label={t('match.compareOne', { name: m.supplier.name })}
                      checked={checked}
                      disabled={!checked && compare.selected.length >= compare.max}
                      onChange={() => compare.toggle(m.supplier.id)}
                    />
                  </td>
                )}
                {action && <td data-label={action.heading}>{action.render(m)}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
