import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import { useMyHistory } from './useProfile';

/** The profile's audit trail, newest first, 20 at a time. */
export function HistorySection({ supplierId }: { supplierId: string }) {
  const { t } = useTranslation();
  const f = useFormat();
  const { data, error, fetchMore, loading } = useMyHistory(supplierId);
  const h = data?.supplierHistory;
  const more = () =>
    void fetchMore({
      variables: { after: h?.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        supplierHistory: {
          ...fetchMoreResult.supplierHistory,
          edges: [...prev.supplierHistory.edges, ...fetchMoreResult.supplierHistory.edges],
        },
      }),
    });
  return (
    <section aria-labelledby="history-heading" className="card">
      <h2 id="history-heading">{t('profile.history.heading')}</h2>
      <ErrorAlert error={error} />
      {h && h.edges.length > 0 && (
        <TableScroll label={t('profile.history.heading')}>
          <table className="table" aria-labelledby="history-heading">
            <thead>
              <tr>
                <th scope="col">{t('profile.history.when')}</th>
                <th scope="col">{t('profile.history.what')}</th>
                <th scope="col">{t('profile.history.who')}</th>
                <th scope="col">{t('profile.history.fields')}</th>
              </tr>
            </thead>
            <tbody>
              {h.edges.map(({ node: e }) => (
                <tr key={e.id}>
                  <td>{f.dateTime(e.at)}</td>
                  <td>{t(`profile.history.actions.${e.action}`, { defaultValue: e.action })}</td>
                  <td>{e.actorEmail ?? t('profile.history.system')}</td>
                  <td>
                    {e.changes.map((c) => t(`profile.fields.${c.field}`, { defaultValue: c.field })).join(', ') || '—'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {h && !h.edges.length && <p className="empty">{t('profile.history.none')}</p>}
      {h?.pageInfo.hasNextPage && (
        <button type="button" className="button button-secondary" disabled={loading} onClick={more}>
          {t('profile.history.more', { shown: h.edges.length, total: h.totalCount })}
        </button>
      )}
    </section>
  );
}
