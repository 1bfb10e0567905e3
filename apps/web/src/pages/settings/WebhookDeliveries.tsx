import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { WebhookRowFragment } from '../../generated/graphql';
import { DELIVERIES_SHOWN, useWebhookDeliveries } from './useSettings';

/** A webhook's latest deliveries: event, status, attempts, last attempt and the receiver's answer. */
export function WebhookDeliveries({ webhook }: { webhook: WebhookRowFragment }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, loading, error, refetch } = useWebhookDeliveries(webhook.id);
  const rows = data?.webhookDeliveries ?? [];
  const col = (key: string) => t(`settings.deliveries.${key}`);
  const label = t('settings.deliveries.table', { url: webhook.url });
  return (
    <div className="webhook-deliveries">
      <div className="webhook-deliveries-head">
        <p className="muted small">{t('settings.deliveries.lead', { count: DELIVERIES_SHOWN })}</p>
        <button type="button" className="button button-secondary button-small" onClick={() => void refetch()}>
          {col('refresh')}
        </button>
      </div>
      <ErrorAlert error={error} />
      {loading && !data && <Loading />}
      {data && !rows.length && <p className="empty">{col('none')}</p>}
      {rows.length > 0 && (
        <TableScroll label={label}>
          <table className="table table-stack" aria-label={label}>
            <thead>
              <tr>
                <th scope="col">{col('event')}</th>
                <th scope="col">{col('status')}</th>
                <th scope="col">{col('attempts')}</th>
                <th scope="col">{col('lastAttempt')}</th>
                <th scope="col">{col('response')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <th scope="row">{t(`eventType.${d.event}`)}</th>
                  <td data-label={col('status')}>
                    <span className={`badge badge-delivery-${d.status.toLowerCase()}`}>
                      {t(`deliveryStatus.${d.status}`)}
                    </span>
                  </td>
                  <td data-label={col('attempts')}>{f.integer(d.attempts)}</td>
                  <td data-label={col('lastAttempt')}>{d.lastAttemptAt ? f.dateTime(d.lastAttemptAt) : '—'}</td>
                  <td data-label={col('response')}>{d.responseStatus ?? (d.attempts > 0 ? col('noAnswer') : '—')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
