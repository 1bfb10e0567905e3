import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A secret the API returns once (an API key, a webhook's signing secret): clearly marked, with a copy
 * button and the warning that it will not be shown again; focused when it appears.
 */
export function SecretBox({
  title,
  secret,
  hint,
  onDone,
}: {
  title: string;
  secret: string;
  hint: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  useEffect(() => ref.current?.focus(), [secret]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <section ref={ref} className="secret-box" aria-labelledby={titleId} tabIndex={-1}>
      <h3 id={titleId}>{title}</h3>
      <p className="secret-warning">
        <strong>{t('settings.secret.warning')}</strong>
      </p>
      <code className="secret-value">{secret}</code>
      <div className="form-actions">
        <button type="button" className="button" onClick={() => void copy()}>
          {t('settings.secret.copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={onDone}>
          {t('settings.secret.done')}
        </button>
        <span role="status" className="secret-copied">
          {copied === null ? '' : t(copied ? 'settings.secret.copied' : 'settings.secret.copyFailed')}
        </span>
      </div>
      <p className="muted small">{hint}</p>
    </section>
  );
}
