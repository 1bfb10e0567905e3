import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll';
import { useFormat } from '../../format/format';
import { reportCounts, type ImportReport } from './importFile';

/** The import's report: counts, bad lines (line, field, reason), skipped lines and possible duplicates. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const f = useFormat();
  return (
    <section className="card import-report" aria-labelledby="report-heading" role="region">
      <h2 id="report-heading">{t('adminImport.report')}</h2>
      <p className={report.dryRun ? 'alert alert-info' : 'alert alert-success'}>
        {t(report.dryRun ? 'adminImport.wasDryRun' : 'adminImport.wasSaved', { rows: f.integer(report.rows) })}
      </p>
      <dl className="facts facts-inline import-counts">
        {reportCounts(report).map(([key, n]) => (
          <div key={key}>
            <dt>{t(`adminImport.counts.${key}`)}</dt>
            <dd data-count={key}>{f.integer(n)}</dd>
          </div>
        ))}
      </dl>
      {report.errors.length > 0 && (
        <>
          <h3 id="report-errors">{t('adminImport.errors')}</h3>
          <TableScroll label={t('adminImport.errors')}>
            <table className="table" aria-labelledby="report-errors">
              <thead>
                <tr>
                  <th scope="col">{t('adminImport.line')}</th>
                  <th scope="col">{t('adminImport.field')}</th>
                  <th scope="col">{t('adminImport.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {report.errors.map((e, i) => (
                  <tr key={`${e.line}-${i}`}>
                    <td>{e.line}</td>
                    <td>{e.field}</td>
                    <td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      {report.skipped.length > 0 && (
        <>
          <h3>{t('adminImport.skipped')}</h3>
          <ul className="plain-list">
            {report.skipped.map((s) => (
              <li key={s.line}>{t('adminImport.skippedLine', { line: s.line, reason: s.reason })}</li>
            ))}
          </ul>
        </>
      )}
      {report.possibleDuplicates.length > 0 && (
        <>
          <h3>{t('adminImport.duplicates')}</h3>
          <ul className="plain-list">
            {report.possibleDuplicates.map((d) => (
              <li key={`${d.line}-${d.existingId}`}>
                {t('adminImport.duplicateLine', { line: d.line, name: d.name, reason: d.reason })}{' '}
                <Link to={`/suppliers/${d.existingId}`}>{d.existingName}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
