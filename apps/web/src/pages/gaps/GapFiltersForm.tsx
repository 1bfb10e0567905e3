import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../catalog/regions';
import type { Process } from '../../catalog/useCatalog';
import { DEFAULT_RADIUS_KM, type GapFilters } from '../../components/gaps/gaps';
import type { Region } from '../../generated/graphql';

interface Props {
  filters: GapFilters;
  onChange: (next: Partial<GapFilters>) => void;
  processes: Process[];
  processName: (code: string) => string;
}

/** Region and process apply at once; the radius when submitted (Enter or the button) or left. */
export function GapFiltersForm({ filters, onChange, processes, processName }: Props) {
  const { t } = useTranslation();
  const ids = { region: useId(), radius: useId(), process: useId(), help: useId() };
  const shownRadius = filters.radiusKm != null ? String(filters.radiusKm) : String(DEFAULT_RADIUS_KM);
  const [radius, setRadius] = useState(shownRadius);
  // A new radius in the URL (back and forward, a link) replaces what was typed.
  const [applied, setApplied] = useState(shownRadius);
  if (applied !== shownRadius) {
    setApplied(shownRadius);
    setRadius(shownRadius);
  }
  const commitRadius = () => {
    const km = radius.trim() === '' ? null : Number(radius);
    if (km !== null && !Number.isFinite(km)) return;
    if (String(km ?? DEFAULT_RADIUS_KM) !== shownRadius) onChange({ radiusKm: km });
  };
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    commitRadius();
  };

  return (
    <form className="filters card" onSubmit={onSubmit} aria-describedby={ids.help}>
      <div className="field">
        <label htmlFor={ids.region}>{t('gaps.region')}</label>
        <select
          id={ids.region}
          value={filters.region ?? ''}
          onChange={(e) => onChange({ region: (e.target.value || null) as Region | null })}
        >
          <option value="">{t('gaps.allRegions')}</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {t(`regions.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.process}>{t('gaps.process')}</label>
        <select id={ids.process} value={filters.process} onChange={(e) => onChange({ process: e.target.value })}>
          <option value="">{t('gaps.allProcesses')}</option>
          {processes.map((p) => (
            <option key={p.code} value={p.code}>
              {processName(p.code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={ids.radius}>{t('gaps.radius')}</label>
        <div className="field-inline">
          <input
            id={ids.radius}
            type="number"
            inputMode="decimal"
            min={1}
            step="any"
            value={radius}
            onChange={(e) => setRadius(e.target.value)}
            onBlur={commitRadius}
          />
          <button type="submit" className="button button-secondary">
            {t('gaps.apply')}
          </button>
        </div>
      </div>
      <p id={ids.help} className="muted small field-wide">
        {t('gaps.help')}
      </p>
    </form>
  );
}
