// The preview of a contacts CSV: which column fills each field (changing one reads the file again), the rows with
// their problems, a summary, and the choice — import all, import the ready rows and skip the others, or cancel.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { importFields, summarise, withField, type ImportPreview as Preview } from './importModel';
import { ImportRows } from './ImportRows';
import { useImportWords } from './useImportWords';

interface Props {
  preview: Preview;
  busy: boolean;
  applying: boolean;
  onMapping: (mapping: Record<string, string>) => void;
  onImport: (skipInvalid: boolean) => void;
  onCancel: () => void;
}

export function ImportPreview({ preview, busy, applying, onMapping, onImport, onCancel }: Props) {
  const { t } = useTranslation();
  const words = useImportWords();
  const summary = summarise(preview.rows);
  const bad = summary.badRows.length;
  const needName = preview.columns.length > 0 && !preview.mapping.nameEn;

  const summaryText =
    summary.ready === 0
      ? bad > 0
        ? t('tables.import.summaryNone', { rows: words.rowList(summary.badRows) })
        : t('tables.import.summaryEmpty')
      : bad > 0
        ? t('tables.import.summaryMixed', { count: summary.ready, bad, rows: words.rowList(summary.badRows) })
        : t('tables.import.summaryReady', { count: summary.ready });

  return (
    <div className="import-preview" aria-busy={busy || undefined}>
      {preview.columns.length > 0 && (
        <fieldset className="import-mapping" disabled={applying}>
          <legend>{t('tables.import.mappingTitle')}</legend>
          <p className="muted">{t('tables.import.mappingIntro')}</p>
          <div className="import-mapping__grid">
            {importFields.map((field) => (
              <Field key={field} label={t(`tables.import.fields.${field}`)} error={field === 'nameEn' && needName ? t('tables.import.needName') : undefined}>
                <select value={preview.mapping[field] ?? ''} onChange={(e) => onMapping(withField(preview.mapping, field, e.target.value))}>
                  <option value="">{t('tables.import.notImported')}</option>
                  {preview.columns.map((column) => (
                    <option key={column} value={column}>
                      {column}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
          </div>
        </fieldset>
      )}

      <ImportRows rows={preview.rows} mapping={preview.mapping} />

      <div className={`import-summary ${bad > 0 ? 'import-summary--warning' : 'import-summary--ok'}`} role="status">
        <p className="import-summary__main">{summaryText}</p>
        {summary.ready > 0 && summary.newOrganisations.length > 0 && (
          <p>{t('tables.import.newOrganisations', { count: summary.newOrganisations.length, names: words.list(summary.newOrganisations) })}</p>
        )}
        {summary.ready > 0 && bad > 0 && <p className="muted">{t('tables.import.skipNote')}</p>}
      </div>

      <div className="import-actions">
        {summary.ready > 0 && (
          <button type="button" className="button button--primary" disabled={busy || applying} onClick={() => onImport(bad > 0)}>
            {applying
              ? t('tables.import.importing')
              : bad > 0
                ? t('tables.import.importSkipping', { count: summary.ready, skip: bad })
                : t('tables.import.importAll', { count: summary.ready })}
          </button>
        )}
        <button type="button" className="button" disabled={applying} onClick={onCancel}>
          {t('tables.import.cancel')}
        </button>
      </div>
    </div>
  );
}
