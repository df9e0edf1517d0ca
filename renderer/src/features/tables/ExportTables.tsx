// "Export tables": follow-ups, contacts and outcomes as CSV or Excel, made by the backend and kept with
// client.saveFile (a save dialog in Electron, a download in a browser).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { ExportProgressBar, useExportJob } from '../../components/ExportProgress';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';

type TableName = 'followups' | 'contacts' | 'outcomes';
type Format = 'csv' | 'xlsx';
const tables: TableName[] = ['followups', 'contacts', 'outcomes'];

export function ExportTables() {
  const { t } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const exporter = useExportFile();
  const job = useExportJob();
  // Which button's export is running (or last ran): the busy one is marked, and a failure names its table.
  const [last, setLast] = useState<{ table: TableName; format: Format } | null>(null);
  const busy = exporter.busy && last ? `${last.table}.${last.format}` : null;
  const failure = exporter.error !== undefined && last ? { table: last.table, error: exporter.error } : null;

  const exportTable = (table: TableName, format: Format): Promise<void> => {
    setLast({ table, format });
    const jobId = job.start();
    return exporter.run(
      () => client.call('export.table', { table, format, jobId }).finally(job.finish),
      ({ fileName }) => toast(t('tables.export.saved', { file: fileName })),
    );
  };

  return (
    <section className="tables-section" aria-labelledby="tables-export-title">
      <h2 id="tables-export-title">{t('tables.export.title')}</h2>
      <p className="muted">{t('tables.export.intro')}</p>
      {/* Only once the backend says it is making a large table in its worker: a small one is done before this shows. */}
      {busy && job.progress?.phase === 'making' && <ExportProgressBar progress={job.progress} unit="rows" />}
      {failure && (
        <div className="tables-section__failure">
          <p className="tables-section__failure-title">{t('tables.export.failed', { table: t(`tables.export.${failure.table}`) })}</p>
          <ErrorMessage error={failure.error} />
        </div>
      )}
      <ul className="export-list">
        {tables.map((table) => {
          const name = t(`tables.export.${table}`);
          return (
            <li key={table} className="export-list__item">
              <div className="export-list__text">
                <h3>{name}</h3>
                <p className="muted">{t(`tables.export.${table}Hint`)}</p>
              </div>
              <div className="export-list__actions" role="group" aria-label={name}>
                {(['csv', 'xlsx'] as const).map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="button button--small"
                    disabled={busy !== null}
                    aria-busy={busy === `${table}.${format}` || undefined}
                    aria-label={t(format === 'csv' ? 'tables.export.asCsv' : 'tables.export.asExcel', { table: name.toLowerCase() })}
                    onClick={() => void exportTable(table, format)}
                  >
                    {t(format === 'csv' ? 'tables.export.csv' : 'tables.export.excel')}
                  </button>
                ))}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
