import { useId, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../format/format';
import { ErrorAlert } from '../ErrorAlert';
import { useNotifications } from './useNotifications';

/** The header's bell: the unread count, and a panel with the latest notifications that can be marked read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const n = useNotifications(true);
  const unreadIds = n.items.filter((x) => !x.readAt).map((x) => x.id);
  return (
    <div className="bell">
      <button
        type="button"
        className="button button-secondary button-small bell-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('notifications.button', { count: n.unread })}
        {n.unread > 0 && (
          <span className="bell-count" aria-hidden="true">
            {f.integer(n.unread)}
          </span>
        )}
      </button>
      {open && (
        <section id={panelId} className="bell-panel" aria-label={t('notifications.title')}>
          <h2 className="bell-title">{t('notifications.title')}</h2>
          {n.error && <ErrorAlert error={n.error} />}
          {n.items.length === 0 ? (
            <p className="muted">{t('notifications.empty')}</p>
          ) : (
            <ul className="bell-list">
              {n.items.map((x) => (
                <li key={x.id} className={x.readAt ? 'bell-item' : 'bell-item bell-unread'}>
                  {x.link ? (
                    <Link to={x.link} onClick={() => setOpen(false)} className="bell-item-title">
                      {x.title}
                    </Link>
                  ) : (
                    <strong className="bell-item-title">{x.title}</strong>
                  )}
                  <span className="small">{x.body}</span>
                  <span className="muted small">{f.dateTime(x.createdAt)}</span>
                </li>
              ))}
            </ul>
          )}
          {unreadIds.length > 0 && (
            <button
              type="button"
              className="button button-small"
              disabled={n.marking}
              onClick={() => void n.markRead(unreadIds)}
            >
              {t('notifications.markRead')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
