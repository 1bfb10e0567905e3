import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { WebhookRowFragment } from '../../generated/graphql';
import { SecretBox } from './SecretBox';
import { WebhookForm } from './WebhookForm';
import { WebhookItem } from './WebhookItem';
import { useDeleteWebhook, useWebhooks } from './useSettings';

/** "Webhooks": how deliveries are signed, a new webhook (its secret shown once), the list with deliveries. */
export function WebhooksSection() {
  const { t } = useTranslation();
  const { data, error } = useWebhooks();
  const [secret, setSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhookRowFragment | null>(null);
  const hooks = data?.webhooks ?? [];
  return (
    <section aria-labelledby="hooks-heading" className="card">
      <h2 id="hooks-heading">{t('settings.hooks.title')}</h2>
      <p className="muted">{t('settings.hooks.lead')}</p>
      <SignatureHelp />
      <WebhookForm onCreated={setSecret} />
      {secret && (
        <SecretBox
          title={t('settings.hooks.secretTitle')}
          secret={secret}
          hint={t('settings.hooks.secretHint')}
          onDone={() => setSecret(null)}
        />
      )}
      <h3 id="hooks-list-heading">{t('settings.hooks.list')}</h3>
      <ErrorAlert error={error} />
      {data && !hooks.length && <p className="empty">{t('settings.hooks.none')}</p>}
      <ul className="webhook-list" aria-labelledby="hooks-list-heading">
        {hooks.map((w) => (
          <WebhookItem key={w.id} webhook={w} onDelete={() => setDeleting(w)} />
        ))}
      </ul>
      {deleting && <DeleteDialog webhook={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}

const CODE = { code: <code /> };

/** What a receiver gets and how it checks that a delivery comes from Enlace. */
function SignatureHelp() {
  const { t } = useTranslation();
  // the formula is text (its angle brackets are not markup)
  const withFormula = { ...CODE, formula: <code>{t('settings.hooks.signatureFormula')}</code> };
  return (
    <div className="signature-help">
      <h3>{t('settings.hooks.signatureTitle')}</h3>
      <ul>
        <li>
          <Trans i18nKey="settings.hooks.signatureBody" components={CODE} />
        </li>
        <li>
          <Trans i18nKey="settings.hooks.signatureHeader" components={withFormula} />
        </li>
        <li>
          <Trans i18nKey="settings.hooks.signatureDelivery" components={CODE} />
        </li>
        <li>{t('settings.hooks.signatureRetry')}</li>
      </ul>
    </div>
  );
}

function DeleteDialog({ webhook, onClose }: { webhook: WebhookRowFragment; onClose: () => void }) {
  const { t } = useTranslation();
  const [remove, { loading, error }] = useDeleteWebhook();
  const confirm = async () => {
    if (await remove({ variables: { id: webhook.id } }).catch(() => null)) onClose();
  };
  return (
    <ConfirmDialog
      open
      title={t('settings.hooks.deleteTitle')}
      message={t('settings.hooks.deleteMessage', { url: webhook.url })}
      confirmLabel={t('settings.hooks.deleteConfirm')}
      busy={loading}
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <ErrorAlert error={error} />
    </ConfirmDialog>
  );
}
