import { useTranslation } from 'react-i18next';
import { useCatalog } from '../../catalog/useCatalog';
import { Field } from './Field';
import type { CapabilityDraft } from './profileForm';

/** The capabilities as editable rows: process from the catalogue, materials, notes; add and remove. */
export function CapabilityRows({
  rows,
  onChange,
  errorFor,
}: {
  rows: CapabilityDraft[];
  onChange: (rows: CapabilityDraft[]) => void;
  errorFor: (index: number) => string | null;
}) {
  const { t } = useTranslation();
  const catalog = useCatalog();
  const setRow = (i: number, patch: Partial<CapabilityDraft>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const unused = catalog.processes.find((p) => !rows.some((r) => r.process === p.code));
  return (
    <fieldset className="field-wide capability-rows">
      <legend>{t('supplier.capabilities')}</legend>
      {rows.map((r, i) => (
        <div className="capability-row" key={i}>
          <Field label={t('profile.capProcess', { n: i + 1 })} error={errorFor(i)}>
            {(a) => (
              <select {...a} value={r.process} onChange={(e) => setRow(i, { process: e.target.value })}>
                {catalog.processes.map((p) => (
                  <option key={p.code} value={p.code}>
                    {catalog.processName(p.code)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('profile.capMaterials', { n: i + 1 })}>
            {(a) => <input {...a} value={r.materials} onChange={(e) => setRow(i, { materials: e.target.value })} />}
          </Field>
          <Field label={t('profile.capNotes', { n: i + 1 })}>
            {(a) => <input {...a} value={r.notes} onChange={(e) => setRow(i, { notes: e.target.value })} />}
          </Field>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('profile.capRemove', { process: catalog.processName(r.process) })}
          </button>
        </div>
      ))}
      {unused && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => onChange([...rows, { process: unused.code, materials: '', notes: '' }])}
        >
          {t('profile.capAdd')}
        </button>
      )}
    </fieldset>
  );
}
