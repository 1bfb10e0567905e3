import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { EventType } from '../../generated/graphql';
import { Field } from '../profile/Field';
import { fieldErrorOf } from '../profile/profileForm';
import { EVENT_TYPES, orderedEvents } from './events';
import { useCreateWebhook } from './useSettings';

/** A new webhook: its URL and event types; the API's refusal of either shown beside it. */
export function WebhookForm({ onCreated }: { onCreated: (secret: string) => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<ReadonlySet<EventType>>(new Set());
  const [create, { loading, error, reset }] = useCreateWebhook();
  const apiField = fieldErrorOf(error);
  const errorFor = (field: string) => (apiField?.field === field ? apiField.message : null);
  const toggle = (e: EventType, on: boolean) => {
    const next = new Set(events);
    if (on) next.add(e);
    else next.delete(e);
    setEvents(next);
    reset();
  };
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const done = await create({ variables: { url: url.trim(), events: orderedEvents(events) } }).catch(() => null);
    if (!done?.data) return;
    setUrl('');
    setEvents(new Set());
    onCreated(done.data.createWebhook.secret);
  };
  return (
    <form className="settings-form webhook-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <h3 className="field-wide">{t('settings.hooks.create')}</h3>
      <Field label={t('settings.hooks.url')} error={errorFor('url')} className="field-wide">
        {(a) => (
          <input
            {...a}
            type="url"
            value={url}
            onChange={(e) => {
              setUrl(e.target.value);
              reset();
            }}
          />
        )}
      </Field>
      <EventChecks chosen={events} onToggle={toggle} error={errorFor('events')} />
      <ErrorAlert error={error && !apiField ? error : null} className="field-wide" />
      <div className="form-actions field-wide">
        <button type="submit" className="button" disabled={loading}>
          {t('settings.hooks.createSubmit')}
        </button>
      </div>
    </form>
  );
}

/** The event types as a group of checkboxes, the API's refusal of the choice inside the group. */
function EventChecks({
  chosen,
  onToggle,
  error,
}: {
  chosen: ReadonlySet<EventType>;
  onToggle: (e: EventType, on: boolean) => void;
  error: string | null;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  return (
    <fieldset className="field-wide event-checks" aria-describedby={error ? errorId : undefined}>
      <legend>{t('settings.hooks.events')}</legend>
      <div className="checks">
        {EVENT_TYPES.map((e) => (
          <label key={e} className="check">
            <input type="checkbox" checked={chosen.has(e)} onChange={(ev) => onToggle(e, ev.target.checked)} />
            {t(`eventType.${e}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} role="alert" className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
