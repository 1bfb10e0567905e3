import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { ApiKeyRowFragment } from '../../generated/graphql';
import { Field } from '../profile/Field';
import { fieldErrorOf } from '../profile/profileForm';
import { ApiKeyTable } from './ApiKeyTable';
import { SecretBox } from './SecretBox';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from './useSettings';

/** "Llaves de API": the account's keys, a new one (its secret shown once) and revocation after a confirmation. */
export function ApiKeysSection() {
  const { t } = useTranslation();
  const { data, error } = useApiKeys();
  const [secret, setSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiKeyRowFragment | null>(null);
  const keys = data?.apiKeys ?? [];
  return (
    <section aria-labelledby="keys-heading" className="card">
      <h2 id="keys-heading">{t('settings.keys.title')}</h2>
      <p className="muted">{t('settings.keys.lead')}</p>
      <ApiKeyForm onCreated={setSecret} />
      {secret && (
        <SecretBox
          title={t('settings.keys.secretTitle')}
          secret={secret}
          hint={t('settings.keys.secretHint')}
          onDone={() => setSecret(null)}
        />
      )}
      <ErrorAlert error={error} />
      {data &&
        (keys.length ? (
          <ApiKeyTable keys={keys} onRevoke={setRevoking} />
        ) : (
          <p className="empty">{t('settings.keys.none')}</p>
        ))}
      {revoking && <RevokeDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </section>
  );
}

function ApiKeyForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [create, { loading, error, reset }] = useCreateApiKey();
  const apiField = fieldErrorOf(error);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await create({ variables: { name } }).catch(() => null);
    if (!done?.data) return;
    setName('');
    onCreated(done.data.createApiKey.secret);
  };
  return (
    <form className="settings-form settings-inline" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Field label={t('settings.keys.name')} error={apiField?.field === 'name' ? apiField.message : null}>
        {(a) => (
          <input
            {...a}
            type="text"
            maxLength={100}
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              reset();
            }}
          />
        )}
      </Field>
      <div className="form-actions">
        <button type="submit" className="button" disabled={loading}>
          {t('settings.keys.create')}
        </button>
      </div>
      <ErrorAlert error={error && !apiField ? error : null} className="field-wide" />
    </form>
  );
}

function RevokeDialog({ apiKey, onClose }: { apiKey: ApiKeyRowFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [revoke, { loading, error }] = useRevokeApiKey();
  const confirm = async () => {
    if (await revoke({ variables: { id: apiKey.id } }).catch(() => null)) onClose();
  };
  return (
    <ConfirmDialog
      open
      title={t('settings.keys.revokeTitle')}
      message={t('settings.keys.revokeMessage', { name: apiKey.name })}
      confirmLabel={t('settings.keys.revokeConfirm')}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <ErrorAlert error={error} />
    </ConfirmDialog>
  );
}
