import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useHasRole } from '../../auth/auth-context';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { RequestStatusBadge } from '../../components/StatusBadge';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { SourcingRequestStatus } from '../../generated/graphql';
import { useRequests } from './useRequests';
import { TableScroll } from '../../components/TableScroll';

const STATUSES: SourcingRequestStatus[] = ['OPEN', 'AWARDED', 'CANCELLED'];

/** Sourcing requests (a buyer sees its OEM's), filtered by status in the URL (`?status=OPEN`). */
export default function RequestsPage() {
  const { t } = useTranslation();
  usePageTitle(t('requests.title'));
  const f = useFormat();
  const catalog = useCatalog();
  const navigate = useNavigate();
  const mayCreate = useHasRole('OEM_BUYER', 'ADMIN');
  const [params, setParams] = useSearchParams();
  const raw = params.get('status');
  const status = STATUSES.includes(raw as SourcingRequestStatus) ? (raw as SourcingRequestStatus) : null;
  const { data, loading, error } = useRequests(status);
  const statusId = useId();
  const requests = data?.sourcingRequests ?? [];

  return (
    <section className="page">
      <div className="page-head">
        <h1>{t('requests.title')}</h1>
        {mayCreate && (
          <button type="button" className="button" onClick={() => void navigate('/requests/new')}>
            {t('requests.new')}
          </button>
        )}
      </div>
      <div className="filters card">
        <div className="field">
          <label htmlFor={statusId}>{t('requests.status')}</label>
          <select
            id={statusId}
            value={status ?? ''}
            onChange={(e) =>
              setParams(
                (prev) => {
                  const next = new URLSearchParams(prev);
                  if (e.target.value) next.set('status', e.target.value);
                  else next.delete('status');
                  return next;
                },
                { replace: true },
              )
            }
          >
            <option value="">{t('requests.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`requestStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && !requests.length && <p className="empty">{t('requests.empty')}</p>}
      {requests.length > 0 && (
        <TableScroll label={t('requests.tableLabel')}>
          <table className="table table-stack">
            <caption>{t('requests.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('requests.request')}</th>
                <th scope="col">{t('requests.plant')}</th>
                <th scope="col">{t('requests.required')}</th>
                <th scope="col">{t('requests.volume')}</th>
                <th scope="col">{t('requests.status')}</th>
                <th scope="col">{t('requests.created')}</th>
                <th scope="col">{t('requests.awardedTo')}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/requests/${r.id}`}>{catalog.processName(r.process)}</Link>
                  </th>
                  <td data-label={t('requests.plant')}>
                    {r.plant.oem} · {r.plant.name}
                  </td>
                  <td data-label={t('requests.required')}>
                    {r.requiredCertifications.length ? r.requiredCertifications.map(schemeLabel).join(', ') : '—'}
                  </td>
                  <td className="num" data-label={t('requests.volume')}>
                    {r.annualVolume != null ? f.integer(r.annualVolume) : '—'}
                  </td>
                  <td data-label={t('requests.status')}>
                    <RequestStatusBadge status={r.status} />
                  </td>
                  <td data-label={t('requests.created')}>{f.dateTime(r.createdAt)}</td>
                  <td data-label={t('requests.awardedTo')}>
                    {r.awardedSupplier ? (
                      <Link to={`/suppliers/${r.awardedSupplier.id}`}>{r.awardedSupplier.name}</Link>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
