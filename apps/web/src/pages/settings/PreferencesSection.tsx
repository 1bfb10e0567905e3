import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import type { Language } from '../../generated/graphql';
import { Field } from '../profile/Field';
import { fieldErrorOf } from '../profile/profileForm';
import { useMyPreferences, useUpdatePreferences } from './useSettings';

interface Preferences {
  language: Language;
  emailDigest: boolean;
}

const LANGUAGES: Array<{ value: Language; lang: string }> = [
  { value: 'ES', lang: 'es-MX' },
  { value: 'EN', lang: 'en' },
];

/** "Notificaciones": the language of the account's notifications and e-mails, and the daily digest. */
export function PreferencesSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useMyPreferences();
  const me = data?.me;
  return (
    <section aria-labelledby="prefs-heading" className="card">
      <h2 id="prefs-heading">{t('settings.prefs.title')}</h2>
      <p className="muted">{t('settings.prefs.lead')}</p>
      {me ? (
        <PreferencesForm initial={{ language: me.language, emailDigest: me.emailDigest }} />
      ) : loading ? (
        <Loading />
      ) : (
        <ErrorAlert error={error} />
      )}
    </section>
  );
}

function PreferencesForm({ initial }: { initial: Preferences }) {
  const { t } = useTranslation();
  const digestId = useId();
  const [draft, setDraft] = useState(initial);
  const [save, { loading, error, data, reset }] = useUpdatePreferences();
  const apiField = fieldErrorOf(error);
  const set = (patch: Partial<Preferences>) => {
    setDraft({ ...draft, ...patch });
    reset();
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save({ variables: { input: draft } }).catch(() => null);
  };
  return (
    <form className="settings-form" onSubmit={onSubmit} noValidate>
      <Field label={t('settings.prefs.language')} error={apiField?.field === 'language' ? apiField.message : null}>
        {(a) => (
          <select {...a} value={draft.language} onChange={(e) => set({ language: e.target.value as Language })}>
            {LANGUAGES.map((l) => (
              <option key={l.value} value={l.value} lang={l.lang}>
                {t(`settings.prefs.languages.${l.value}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field field-check">
        <input
          id={digestId}
          type="checkbox"
          checked={draft.emailDigest}
          aria-describedby={`${digestId}-hint`}
          onChange={(e) => set({ emailDigest: e.target.checked })}
        />
        <label htmlFor={digestId}>{t('settings.prefs.digest')}</label>
      </div>
      <p id={`${digestId}-hint`} className="muted small field-wide">
        {t('settings.prefs.digestHint')}
      </p>
      <ErrorAlert error={error && !apiField ? error : null} className="field-wide" />
      <div className="form-actions field-wide">
        <button type="submit" className="button" disabled={loading}>
          {t('settings.prefs.save')}
        </button>
        {data && !loading && <p role="status">{t('settings.prefs.saved')}</p>}
      </div>
    </form>
  );
}
