import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ScoreBar } from '../../components/ScoreBar';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import { useMyOpportunities } from './useProfile';

/** The OPEN requests this supplier qualifies for, each with its own score (no other supplier shown). */
export function OpportunitiesSection() {
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useCatalog();
  const { data, error } = useMyOpportunities();
  const rows = data?.openSourcingRequestsForMe ?? [];
  return (
    <section aria-labelledby="opps-heading" className="card">
      <h2 id="opps-heading">{t('profile.opps.heading')}</h2>
      <ErrorAlert error={error} />
      {rows.length ? (
        <TableScroll label={t('profile.opps.heading')}>
          <table className="table" aria-labelledby="opps-heading">
            <thead>
              <tr>
                <th scope="col">{t('requests.plant')}</th>
                <th scope="col">{t('supplier.process')}</th>
                <th scope="col">{t('requests.required')}</th>
                <th scope="col">{t('profile.opps.score')}</th>
                <th scope="col">{t('profile.opps.distance')}</th>
                <th scope="col">{t('requests.volume')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.plant.oem} · {r.plant.name}
                  </th>
                  <td>{catalog.processName(r.process)}</td>
                  <td>{r.requiredCertifications.map(schemeLabel).join(', ') || '—'}</td>
                  <td>
                    <ScoreBar value={r.myMatch.score} />
                  </td>
                  <td>{f.km(r.myMatch.distanceKm)}</td>
                  <td>{r.annualVolume != null ? f.integer(r.annualVolume) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        !error && <p className="empty">{t('profile.opps.none')}</p>
      )}
    </section>
  );
}
