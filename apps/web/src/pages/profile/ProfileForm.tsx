import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../catalog/useCatalog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { MexicoMap, type MapMarker } from '../../components/map/MexicoMap';
import type { MyProfileFragment, Tier } from '../../generated/graphql';
import { CapabilityRows } from './CapabilityRows';
import { ConflictAlert } from './ConflictAlert';
import { Field } from './Field';
import { fieldErrorOf, type ProfileDraft } from './profileForm';
import { useProfileDraft } from './useProfile';

const TIERS: Tier[] = ['TIER_1', 'TIER_2', 'TIER_3'];
const TEXT_FIELDS = [
  ['contactEmail', 'email'],
  ['contactPhone', 'tel'],
  ['website', 'url'],
] as const;

/** The editable profile: saved with the version it was loaded with (a conflict keeps the draft). */
export function ProfileForm({ supplier }: { supplier: MyProfileFragment }) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const p = useProfileDraft(supplier);
  const d = p.draft;
  const fieldError = fieldErrorOf(p.error);
  const errorFor = (field: string) => (fieldError?.field === field ? fieldError.message : null);
  const set = <K extends keyof ProfileDraft>(k: K, v: ProfileDraft[K]) => p.edit({ ...d, [k]: v });
  const markers = useMemo<MapMarker[]>(
    () => [{ id: supplier.id, name: d.name || supplier.name, lat: d.lat, lng: d.lng, kind: 'supplier' }],
    [supplier.id, supplier.name, d.name, d.lat, d.lng],
  );
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void p.save();
  };
  const generalError = p.error && !fieldError && !p.conflict ? p.error : null;

  return (
    <section aria-labelledby="edit-heading" className="card profile-edit">
      <h2 id="edit-heading">{t('profile.edit')}</h2>
      <form className="profile-form" onSubmit={onSubmit} noValidate>
        <Field label={t('profile.name')} error={errorFor('name')}>
          {(a) => <input {...a} value={d.name} onChange={(e) => set('name', e.target.value)} required />}
        </Field>
        <Field label={t('supplier.tier')} error={errorFor('tier')}>
          {(a) => (
            <select {...a} value={d.tier} onChange={(e) => set('tier', e.target.value as Tier | '')}>
              <option value="">{t('common.unknown')}</option>
              {TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {t(`tiers.${tier}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('profile.city')} error={errorFor('city')}>
          {(a) => <input {...a} value={d.city} onChange={(e) => set('city', e.target.value)} required />}
        </Field>
        <Field label={t('profile.state')} error={errorFor('stateCode')}>
          {(a) => (
            <select {...a} value={d.stateCode} onChange={(e) => set('stateCode', e.target.value)}>
              {catalog.states.map((s) => (
                <option key={s.code} value={s.code}>
                  {s.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field field-wide">
          <p className="muted small" id="pin-help">
            {t('profile.pinHelp')}{' '}
            <span aria-live="polite">{t('profile.pinAt', { lat: d.lat.toFixed(4), lng: d.lng.toFixed(4) })}</span>
          </p>
          {errorFor('location') && (
            <p role="alert" className="field-error">
              {errorFor('location')}
            </p>
          )}
          <MexicoMap
            className="profile-pin-map"
            markers={markers}
            frameKey={supplier.id}
            onPick={({ lat, lng }) => p.edit({ ...d, lat, lng })}
          />
        </div>
        {TEXT_FIELDS.map(([k, type]) => (
          <Field key={k} label={t(`profile.${k}`)} error={errorFor(k)}>
            {(a) => <input {...a} type={type} value={d[k]} onChange={(e) => set(k, e.target.value)} />}
          </Field>
        ))}
        <CapabilityRows
          rows={d.capabilities}
          onChange={(rows) => set('capabilities', rows)}
          errorFor={(i) => (fieldError?.field.startsWith(`capabilities[${i}]`) ? fieldError.message : null)}
        />
        {p.conflict && <ConflictAlert conflict={p.conflict} mine={d} onReload={p.reload} onKeepMine={p.keepMine} />}
        <ErrorAlert error={generalError} className="field-wide" />
        <div className="form-actions field-wide">
          <button type="submit" className="button" disabled={p.saving}>
            {t('profile.save')}
          </button>
          {p.saved && (
            <p role="status" className="muted">
              {t('profile.saved')}
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
