import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { schemeLabel, useCatalog } from '../../catalog/useCatalog';
import type { PlantSummaryFragment } from '../../generated/graphql';
import type { Criteria } from './criteria';

interface Props {
  value: Criteria;
  onChange: (next: Criteria) => void;
  plants: PlantSummaryFragment[];
  /** Also offer "how many results" (the matching page). */
  withFirst?: boolean;
}

/** Plants grouped by OEM and region, in the catalogue's order (OEM, then name). */
function groupPlants(
  plants: PlantSummaryFragment[],
): Array<{ key: string; oem: string; region: string; plants: PlantSummaryFragment[] }> {
  const groups = new Map<string, { key: string; oem: string; region: string; plants: PlantSummaryFragment[] }>();
  for (const p of [...plants].sort(
    (a, b) => a.oem.localeCompare(b.oem) || a.region.localeCompare(b.region) || a.name.localeCompare(b.name),
  )) {
    const key = `${p.oem}|${p.region}`;
    if (!groups.has(key)) groups.set(key, { key, oem: p.oem, region: p.region, plants: [] });
    groups.get(key)!.plants.push(p);
  }
  return [...groups.values()];
}

/** The fields of a ranking query: plant, process, certifications, maximum distance (and how many). */
export function CriteriaFields({ value, onChange, plants, withFirst }: Props) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const ids = { plant: useId(), process: useId(), distance: useId(), first: useId() };
  const plant = plants.find((p) => p.id === value.plantId);
  const sourced = new Set(plant?.sourcedProcesses ?? []);
  const sourcedProcesses = catalog.processes.filter((p) => sourced.has(p.code));
  const otherProcesses = catalog.processes.filter((p) => !sourced.has(p.code));
  // Schemes a query may name: every certificate and audit, and only the chosen process's own CQI.
  const ownAssessment = catalog.process(value.process)?.assessment;
  const schemes = catalog.schemes.filter((s) => !s.code.startsWith('CQI-') || s.code === ownAssessment);
  const set = (patch: Partial<Criteria>) => onChange({ ...value, ...patch });

  const choosePlant = (plantId: string) => {
    const next = plants.find((p) => p.id === plantId);
    const keepProcess = !value.process || !next || next.sourcedProcesses.includes(value.process);
    set({
      plantId,
      process: keepProcess ? value.process || (next?.sourcedProcesses[0] ?? '') : (next.sourcedProcesses[0] ?? ''),
    });
  };
  const chooseProcess = (process: string) => {
    const own = catalog.process(process)?.assessment;
    const allowed = (code: string) => !code.startsWith('CQI-') || code === own;
    set({
      process,
      requiredCertifications: value.requiredCertifications.filter(allowed),
      preferredCertifications: value.preferredCertifications.filter(allowed),
    });
  };
  const toggle = (list: 'requiredCertifications' | 'preferredCertifications', code: string, on: boolean) => {
    const other = list === 'requiredCertifications' ? 'preferredCertifications' : 'requiredCertifications';
    set({
      [list]: on ? [...value[list], code] : value[list].filter((c) => c !== code),
      [other]: on ? value[other].filter((c) => c !== code) : value[other],
    });
  };

  return (
    <>
      <div className="field field-half">
        <label htmlFor={ids.plant}>{t('criteria.plant')}</label>
        <select id={ids.plant} value={value.plantId} required onChange={(e) => choosePlant(e.target.value)}>
          <option value="">{t('criteria.choosePlant')}</option>
          {groupPlants(plants).map((g) => (
            <optgroup key={g.key} label={`${g.oem} · ${t(`regions.${g.region}`)}`}>
              {g.plants.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} — {p.city}, {p.state.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field field-half">
        <label htmlFor={ids.process}>{t('criteria.process')}</label>
        <select id={ids.process} value={value.process} required onChange={(e) => chooseProcess(e.target.value)}>
          <option value="">{t('criteria.chooseProcess')}</option>
          {sourcedProcesses.length > 0 && (
            <optgroup label={t('criteria.sourcedProcesses')}>
              {sourcedProcesses.map((p) => (
                <option key={p.code} value={p.code}>
                  {catalog.processName(p.code)}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={sourcedProcesses.length ? t('criteria.otherProcesses') : t('criteria.allProcesses')}>
            {otherProcesses.map((p) => (
              <option key={p.code} value={p.code}>
                {catalog.processName(p.code)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <fieldset className="field field-wide checks">
        <legend>{t('criteria.required')}</legend>
        {schemes.map((s) => (
          <label key={s.code} className="check">
            <input
              type="checkbox"
              checked={value.requiredCertifications.includes(s.code)}
              onChange={(e) => toggle('requiredCertifications', s.code, e.target.checked)}
            />
            {schemeLabel(s.code)}
          </label>
        ))}
      </fieldset>
      {/* Preferences sit behind a disclosure: they refine the score, and the scheme names stay unique on the page. */}
      <details className="field field-wide disclosure">
        <summary>{t('criteria.preferredSummary', { count: value.preferredCertifications.length })}</summary>
        <fieldset className="checks">
          <legend>{t('criteria.preferred')}</legend>
          {schemes.map((s) => (
            <label key={s.code} className="check">
              <input
                type="checkbox"
                checked={value.preferredCertifications.includes(s.code)}
                disabled={value.requiredCertifications.includes(s.code)}
                onChange={(e) => toggle('preferredCertifications', s.code, e.target.checked)}
              />
              {schemeLabel(s.code)}
            </label>
          ))}
        </fieldset>
      </details>
      <div className="field">
        <label htmlFor={ids.distance}>{t('criteria.maxDistance')}</label>
        <input
          id={ids.distance}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={value.maxDistanceKm}
          onChange={(e) => set({ maxDistanceKm: e.target.value })}
        />
      </div>
      {withFirst && (
        <div className="field">
          <label htmlFor={ids.first}>{t('criteria.first')}</label>
          <input
            id={ids.first}
            type="number"
            inputMode="numeric"
            min={1}
            max={100}
            step={1}
            placeholder="20"
            value={value.first}
            onChange={(e) => set({ first: e.target.value })}
          />
        </div>
      )}
    </>
  );
}
