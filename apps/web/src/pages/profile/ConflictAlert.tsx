import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../catalog/useCatalog';
import { changedFields, fieldText, type ProfileDraft } from './profileForm';
import type { Conflict } from './useProfile';

/** Someone else saved first: what they saved next to what the user typed, and the user's choice. */
export function ConflictAlert({
  conflict,
  mine,
  onReload,
  onKeepMine,
}: {
  conflict: Conflict;
  mine: ProfileDraft;
  onReload: () => void;
  onKeepMine: () => void;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const fields = changedFields(conflict.theirs, mine);
  const text = (d: ProfileDraft, f: (typeof fields)[number]) => fieldText(d, f, catalog.processName) || '—';
  return (
    <div role="alert" className="alert alert-warning field-wide conflict">
      <p>
        <strong>{t('profile.conflict.title')}</strong> {t('profile.conflict.body')}
      </p>
      {fields.length > 0 && (
        <table className="table conflict-table">
          <caption>{t('profile.conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('profile.conflict.field')}</th>
              <th scope="col">{t('profile.conflict.theirs')}</th>
              <th scope="col">{t('profile.conflict.mine')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f}>
                <th scope="row">{t(`profile.fields.${f}`)}</th>
                <td>{text(conflict.theirs, f)}</td>
                <td>{text(mine, f)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="form-actions">
        <button type="button" className="button" onClick={onReload}>
          {t('profile.conflict.reload')}
        </button>
        <button type="button" className="button button-secondary" onClick={onKeepMine}>
          {t('profile.conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
