import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/ErrorAlert';
import { AdminTabs } from './AdminTabs';
import { usePageTitle } from '../../components/usePageTitle';
import { useFormat } from '../../format/format';
import type { ImportFormat } from '../../generated/graphql';
import { cliCommand, MAX_IMPORT_BYTES, tooLargeForApi } from './importFile';
import { ImportReportView } from './ImportReportView';
import { useImportSuppliers } from './useAdmin';

/** "Importar proveedores": a DENUE or Enlace CSV read in the browser and sent to importSuppliers. */
export default function AdminImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('adminImport.title'));
  const f = useFormat();
  const ids = { file: useId(), format: useId(), dry: useId() };
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('DENUE');
  const [dryRun, setDryRun] = useState(true);
  const [problem, setProblem] = useState<string | null>(null);
  const [run, { data, loading, error, reset }] = useImportSuppliers();

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    reset();
    if (!file) return setProblem(t('adminImport.noFile'));
    if (tooLargeForApi(file.size))
      return setProblem(
        t('adminImport.tooLarge', {
          size: f.number(file.size / 1024, 0),
          max: f.number(MAX_IMPORT_BYTES / 1024, 0),
          command: cliCommand(file.name, format, dryRun),
        }),
      );
    setProblem(null);
    const csv = await file.text();
    await run({ variables: { csv, format, dryRun } }).catch(() => null);
  };

  return (
    <section className="page">
      <AdminTabs />
      <h1>{t('adminImport.title')}</h1>
      <p className="muted">{t('adminImport.lead', { max: f.number(MAX_IMPORT_BYTES / 1024, 0) })}</p>
      <form className="card import-form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <div className="field">
          <label htmlFor={ids.file}>{t('adminImport.file')}</label>
          <input
            id={ids.file}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProblem(null);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.format}>{t('adminImport.format')}</label>
          <select id={ids.format} value={format} onChange={(e) => setFormat(e.target.value as ImportFormat)}>
            <option value="DENUE">DENUE</option>
            <option value="ENLACE">Enlace</option>
          </select>
        </div>
        <div className="field field-check">
          <input id={ids.dry} type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} />
          <label htmlFor={ids.dry}>{t('adminImport.dryRun')}</label>
        </div>
        {problem && (
          <p role="alert" className="alert alert-error field-wide">
            {problem}
          </p>
        )}
        <ErrorAlert error={error} className="field-wide" />
        <div className="form-actions field-wide">
          <button type="submit" className="button" disabled={loading}>
            {t('adminImport.submit')}
          </button>
          {loading && <p role="status">{t('adminImport.running')}</p>}
        </div>
      </form>
      {data && <ImportReportView report={data.importSuppliers} />}
    </section>
  );
}
