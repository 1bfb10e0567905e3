import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import type { ApiKeyRowFragment } from '../../generated/graphql';

/** The account's keys: name, prefix, created, last used, revoked; a revoke button on the active ones. */
export function ApiKeyTable({
  keys,
  onRevoke,
}: {
  keys: ApiKeyRowFragment[];
  onRevoke: (key: ApiKeyRowFragment) => void;
}) {
  const { t } = useTranslation();
  const f = useFormat();
  const col = (key: string) => t(`settings.keys.${key}`);
  return (
    <TableScroll label={t('settings.keys.table')}>
      <table className="table table-stack" aria-label={t('settings.keys.table')}>
        <thead>
          <tr>
            <th scope="col">{col('name')}</th>
            <th scope="col">{col('prefix')}</th>
            <th scope="col">{col('created')}</th>
            <th scope="col">{col('lastUsed')}</th>
            <th scope="col">{col('state')}</th>
            <th scope="col">
              <span className="sr-only">{col('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td data-label={col('prefix')}>
                <code>{k.prefix}…</code>
              </td>
              <td data-label={col('created')}>{f.dateTime(k.createdAt)}</td>
              <td data-label={col('lastUsed')}>{k.lastUsedAt ? f.dateTime(k.lastUsedAt) : col('never')}</td>
              <td data-label={col('state')}>
                {k.revokedAt ? (
                  <span className="badge badge-off">
                    {t('settings.keys.revokedOn', { when: f.dateTime(k.revokedAt) })}
                  </span>
                ) : (
                  <span className="badge badge-on">{col('active')}</span>
                )}
              </td>
              <td>
                {!k.revokedAt && (
                  <button
                    type="button"
                    className="button button-danger button-small"
                    aria-label={t('settings.keys.revokeOne', { name: k.name })}
                    onClick={() => onRevoke(k)}
                  >
                    {col('revoke')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
