import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { useFormat } from '../../format/format';
import type { MatchRowFragment } from '../../generated/graphql';
import { ScoreBar } from '../ScoreBar';
import { CertStatusBadge } from '../StatusBadge';
import { TableScroll } from '../TableScroll';

/** Up to three ranked suppliers side by side, one column each. */
export function CompareView({ rows, ranks }: { rows: MatchRowFragment[]; ranks: Map<string, number> }) {
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useCatalog();
  const line = (heading: string, cell: (m: MatchRowFragment) => ReactNode) => (
    <tr>
      <th scope="row">{heading}</th>
      {rows.map((m) => (
        <td key={m.supplier.id}>{cell(m)}</td>
      ))}
    </tr>
  );
  return (
    <section className="compare" aria-labelledby="compare-heading">
      <h2 id="compare-heading">{t('match.compareTitle')}</h2>
      <TableScroll label={t('match.compareTitle')}>
        <table className="table compare-table" aria-labelledby="compare-heading">
          <thead>
            <tr>
              <td />
              {rows.map((m) => (
                <th key={m.supplier.id} scope="col">
                  <Link to={`/suppliers/${m.supplier.id}`}>{m.supplier.name}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {line(t('match.rank'), (m) => f.integer(ranks.get(m.supplier.id) ?? 0))}
            {line(t('match.score'), (m) => (
              <ScoreBar value={m.score} strong />
            ))}
            {line(t('match.component.proximity'), (m) => (
              <ScoreBar value={m.breakdown.proximity} />
            ))}
            {line(t('match.component.certification'), (m) => (
              <ScoreBar value={m.breakdown.certification} />
            ))}
            {line(t('match.component.capability'), (m) => (
              <ScoreBar value={m.breakdown.capability} />
            ))}
            {line(t('match.component.freshness'), (m) => (
              <ScoreBar value={m.breakdown.freshness} />
            ))}
            {line(t('match.distance'), (m) => f.km(m.distanceKm))}
            {line(t('match.driveTime'), (m) => f.hours(m.estimatedDriveHours))}
            {line(t('match.place'), (m) => `${m.supplier.city}, ${m.supplier.state.name}`)}
            {line(t('match.tier'), (m) => (m.supplier.tier ? t(`tiers.${m.supplier.tier}`) : t('common.unknown')))}
            {line(t('match.certificates'), (m) => (
              <ul className="plain">
                {m.supplier.certifications.map((c) => (
                  <li key={c.id}>
                    {schemeLabel(c.scheme)} <CertStatusBadge status={c.status} />
                    {c.expiresOn ? ` ${f.date(c.expiresOn)}` : ''}
                  </li>
                ))}
              </ul>
            ))}
            {line(t('match.capabilities'), (m) => (
              <ul className="plain">
                {m.supplier.capabilities.map((c) => (
                  <li key={c.process}>
                    {catalog.processName(c.process)}
                    {c.materials.length ? ` (${c.materials.join(', ')})` : ''}
                  </li>
                ))}
              </ul>
            ))}
            {line(t('match.missing'), (m) =>
              m.missingCertifications.length ? m.missingCertifications.map(schemeLabel).join(', ') : '—',
            )}
            {line(t('match.confirmed'), (m) =>
              m.supplier.profileConfirmedAt ? f.dateTime(m.supplier.profileConfirmedAt) : t('supplier.neverConfirmed'),
            )}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
