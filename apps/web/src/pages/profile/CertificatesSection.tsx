import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeLabel } from '../../catalog/useCatalog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CertStatusBadge } from '../../components/StatusBadge';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { MyProfileFragment } from '../../generated/graphql';
import { CertificateForm } from './CertificateForm';
import { byExpiry, daysBetween, todayIso } from './profileForm';
import { useRemoveCertification } from './useProfile';

type Cert = MyProfileFragment['certifications'][number];

/** The certificates, soonest to expire first, each removable after a confirmation; then the form to add one. */
export function CertificatesSection({ supplier }: { supplier: MyProfileFragment }) {
  const { t } = useTranslation();
  const f = useFormat();
  const [toRemove, setToRemove] = useState<Cert | null>(null);
  const [remove, removing] = useRemoveCertification();
  const today = todayIso();
  const certs = byExpiry(supplier.certifications);
  const doRemove = async () => {
    if (!toRemove) return;
    const ok = await remove({ variables: { id: toRemove.id } }).catch(() => null);
    if (ok) setToRemove(null);
  };
  const daysLeft = (c: Cert) => {
    if (!c.expiresOn) return t('supplier.noExpiry');
    const n = daysBetween(today, c.expiresOn);
    return n < 0 ? t('profile.cert.expiredAgo', { count: -n }) : t('profile.cert.daysLeft', { count: n });
  };
  return (
    <section aria-labelledby="certs-heading" className="card">
      <h2 id="certs-heading">{t('supplier.certificates')}</h2>
      {certs.length ? (
        <TableScroll label={t('supplier.certificates')}>
          <table className="table" aria-labelledby="certs-heading">
            <thead>
              <tr>
                <th scope="col">{t('supplier.scheme')}</th>
                <th scope="col">{t('supplier.status')}</th>
                <th scope="col">{t('profile.cert.left')}</th>
                <th scope="col">{t('supplier.expires')}</th>
                <th scope="col">{t('supplier.number')}</th>
                <th scope="col">{t('supplier.issuer')}</th>
                <th scope="col">{t('profile.cert.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {certs.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{schemeLabel(c.scheme)}</th>
                  <td>
                    <CertStatusBadge status={c.status} />
                  </td>
                  <td>{daysLeft(c)}</td>
                  <td>{c.expiresOn ? f.date(c.expiresOn) : '—'}</td>
                  <td>{c.certificateNumber ?? '—'}</td>
                  <td>{c.issuer ?? '—'}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-secondary button-small"
                      onClick={() => setToRemove(c)}
                    >
                      {t('profile.cert.remove', { scheme: schemeLabel(c.scheme) })}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p className="empty">{t('supplier.noCertificates')}</p>
      )}
      <CertificateForm supplierId={supplier.id} />
      <ConfirmDialog
        open={!!toRemove}
        title={t('profile.cert.removeTitle')}
        message={toRemove ? t('profile.cert.removeMessage', { scheme: schemeLabel(toRemove.scheme) }) : ''}
        confirmLabel={t('profile.cert.removeConfirm')}
        busy={removing.loading}
        onConfirm={() => void doRemove()}
        onCancel={() => {
          setToRemove(null);
          removing.reset();
        }}
      >
        <ErrorAlert error={removing.error} />
      </ConfirmDialog>
    </section>
  );
}
