import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schemeLabel } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../format/format';
import { useExpiringCertificates, useStaleProfiles } from './useAdmin';

/** What is going out of date: profiles not confirmed in 180 days, certificates expiring within 90. */
export function StaleLists() {
  const { t } = useTranslation();
  const f = useFormat();
  const stale = useStaleProfiles();
  const expiring = useExpiringCertificates();
  const s = stale.data?.staleSupplierProfiles;
  const x = expiring.data?.expiringCertifications;
  return (
    <div className="two-columns">
      <section aria-labelledby="stale-heading" className="card">
        <h2 id="stale-heading">{t('adminUsers.stale', { count: s?.totalCount ?? 0 })}</h2>
        <ErrorAlert error={stale.error} />
        <ul className="plain-list">
          {s?.edges.map(({ node: n }) => (
            <li key={n.id}>
              <Link to={`/suppliers/${n.id}`}>{n.name}</Link> · {n.city} ·{' '}
              {n.profileConfirmedAt ? f.date(n.profileConfirmedAt) : t('supplier.neverConfirmed')}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="expiring-heading" className="card">
        <h2 id="expiring-heading">{t('adminUsers.expiring', { count: x?.totalCount ?? 0 })}</h2>
        <ErrorAlert error={expiring.error} />
        <ul className="plain-list">
          {x?.edges.map(({ node: n }) => (
            <li key={n.certification.id}>
              <Link to={`/suppliers/${n.supplier.id}`}>{n.supplier.name}</Link> · {schemeLabel(n.certification.scheme)}{' '}
              · {t('profile.cert.daysLeft', { count: n.daysLeft })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
