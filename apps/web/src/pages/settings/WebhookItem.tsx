import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/format';
import type { WebhookRowFragment } from '../../generated/graphql';
import { WebhookDeliveries } from './WebhookDeliveries';

/** One webhook: URL, state, events in the page's language, created; its deliveries on demand; delete. */
export function WebhookItem({ webhook: w, onDelete }: { webhook: WebhookRowFragment; onDelete: () => void }) {
  const { t } = useTranslation();
  const f = useFormat();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  return (
    <li className="webhook-item">
      <div className="webhook-head">
        <h4 className="webhook-url">{w.url}</h4>
        <span className={`badge ${w.active ? 'badge-on' : 'badge-off'}`}>
          {t(w.active ? 'settings.hooks.active' : 'settings.hooks.inactive')}
        </span>
      </div>
      <dl className="webhook-facts">
        <div>
          <dt>{t('settings.hooks.events')}</dt>
          <dd>{w.events.map((e) => t(`eventType.${e}`)).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('settings.hooks.created')}</dt>
          <dd>{f.dateTime(w.createdAt)}</dd>
        </div>
      </dl>
      <div className="row-actions">
        <button
          type="button"
          className="button button-secondary button-small"
          aria-expanded={open}
          aria-controls={panelId}
          aria-label={t('settings.hooks.deliveriesOf', { url: w.url })}
          onClick={() => setOpen(!open)}
        >
          {t('settings.hooks.deliveries')}
        </button>
        <button
          type="button"
          className="button button-danger button-small"
          aria-label={t('settings.hooks.deleteOne', { url: w.url })}
          onClick={onDelete}
        >
          {t('settings.hooks.delete')}
        </button>
      </div>
      <div id={panelId}>{open && <WebhookDeliveries webhook={w} />}</div>
    </li>
  );
}
