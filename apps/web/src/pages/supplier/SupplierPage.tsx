import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { MexicoMap, type MapMarker } from '../../components/map/MexicoMap';
import { CertStatusBadge } from '../../components/StatusBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import { employeesLabel } from '../../format/employees';
import { useSupplierProfile } from './useSupplierProfile';
import { TableScroll } from '../../components/TableScroll';

/** One supplier's public profile: place, tier, capabilities, certificates; contact when the API shows it. */
export default function SupplierPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const f = useFormat();
  const catalog = useCatalog();
  const { data, loading, error } = useSupplierProfile(id);
  const s = data?.supplier;
  usePageTitle(s?.name ?? t('supplier.title'));
  const markers = useMemo<MapMarker[]>(
    () => (s ? [{ id: s.id, name: s.name, lat: s.location.lat, lng: s.location.lng, kind: 'supplier' }] : []),
    [s],
  );

  if (loading && !s) return <Loading />;
  if (error)
    return (
      <section className="page">
        <h1>{t('supplier.title')}</h1>
        <ErrorAlert error={error} />
      </section>
    );
  if (!s)
    return (
      <section className="page">
        <h1>{t('supplier.notFound')}</h1>
        <p>
          <Link to="/suppliers">{t('supplier.back')}</Link>
        </p>
      </section>
    );

  const hasContact = s.contactEmail || s.contactPhone || s.website;
  const certs = [...s.certifications].sort((a, b) => (a.expiresOn ?? '9999').localeCompare(b.expiresOn ?? '9999'));
  return (
    <article className="page">
      <p className="breadcrumb">
        <Link to="/suppliers">{t('supplier.back')}</Link>
      </p>
      <h1>{s.name}</h1>
      <div className="profile">
        <div className="profile-main">
          <dl className="facts">
            <div>
              <dt>{t('supplier.place')}</dt>
              <dd>
                {s.city}, {s.state.name} · {t(`regions.${s.region}`)}
              </dd>
            </div>
            <div>
              <dt>{t('supplier.tier')}</dt>
              <dd>{s.tier ? t(`tiers.${s.tier}`) : t('common.unknown')}</dd>
            </div>
            {s.rfc && (
              <div>
                <dt>{t('supplier.rfc')}</dt>
                <dd>{s.rfc}</dd>
              </div>
            )}
            {s.employees && (
              <div>
                <dt>{t('supplier.employees')}</dt>
                <dd>{employeesLabel(s.employees, t)}</dd>
              </div>
            )}
            <div>
              <dt>{t('supplier.confirmed')}</dt>
              <dd>{s.profileConfirmedAt ? f.dateTime(s.profileConfirmedAt) : t('supplier.neverConfirmed')}</dd>
            </div>
          </dl>

          {hasContact && (
            <section aria-labelledby="contact-heading">
              <h2 id="contact-heading">{t('supplier.contact')}</h2>
              <dl className="facts">
                {s.contactEmail && (
                  <div>
                    <dt>{t('supplier.email')}</dt>
                    <dd>
                      <a href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>
                    </dd>
                  </div>
                )}
                {s.contactPhone && (
                  <div>
                    <dt>{t('supplier.phone')}</dt>
                    <dd>
                      <a href={`tel:${s.contactPhone}`}>{s.contactPhone}</a>
                    </dd>
                  </div>
                )}
                {s.website && (
                  <div>
                    <dt>{t('supplier.website')}</dt>
                    <dd>{s.website}</dd>
                  </div>
                )}
              </dl>
            </section>
          )}

          <section aria-labelledby="caps-heading">
            <h2 id="caps-heading">{t('supplier.capabilities')}</h2>
            {s.capabilities.length ? (
              <TableScroll label={t('supplier.capabilities')}>
                <table className="table" aria-labelledby="caps-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t('supplier.process')}</th>
                      <th scope="col">{t('supplier.materials')}</th>
                      <th scope="col">{t('supplier.notes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {s.capabilities.map((c) => (
                      <tr key={c.process}>
                        <th scope="row">{catalog.processName(c.process)}</th>
                        <td>{c.materials.length ? c.materials.join(', ') : '—'}</td>
                        <td>{c.notes ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <p className="empty">{t('supplier.noCapabilities')}</p>
            )}
          </section>

          <section aria-labelledby="certs-heading">
            <h2 id="certs-heading">{t('supplier.certificates')}</h2>
            {certs.length ? (
              <TableScroll label={t('supplier.certificates')}>
                <table className="table" aria-labelledby="certs-heading">
                  <thead>
                    <tr>
                      <th scope="col">{t('supplier.scheme')}</th>
                      <th scope="col">{t('supplier.status')}</th>
                      <th scope="col">{t('supplier.expires')}</th>
                      <th scope="col">{t('supplier.issued')}</th>
                      <th scope="col">{t('supplier.number')}</th>
                      <th scope="col">{t('supplier.issuer')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {certs.map((c) => (
                      <tr key={c.id}>
                        <th scope="row">{schemeLabel(c.scheme)}</th>
                        <td>
                          <CertStatusBadge status={c.status} />
                        </td>
                        <td>{c.expiresOn ? f.date(c.expiresOn) : t('supplier.noExpiry')}</td>
                        <td>{c.issuedOn ? f.date(c.issuedOn) : '—'}</td>
                        <td>{c.certificateNumber ?? '—'}</td>
                        <td>{c.issuer ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <p className="empty">{t('supplier.noCertificates')}</p>
            )}
          </section>
        </div>
        <MexicoMap className="profile-map" markers={markers} frameKey={s.id} />
      </div>
    </article>
  );
}
