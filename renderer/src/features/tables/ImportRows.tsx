// The preview's table: every row with the values it would import and, highlighted, why it cannot be imported —
// or a note such as the organisation it would create.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactImportRow } from '../../../../shared/contract';
import { isBad, problemsOf, visibleRows } from './importModel';
import { useImportWords } from './useImportWords';

function Problems({ row }: { row: ContactImportRow }) {
  const { t } = useTranslation();
  const words = useImportWords();
  const { errors, notes, plain } = problemsOf(row);
  const bad = isBad(row);
  return (
    <>
      <span className={`import-status ${bad ? 'import-status--bad' : 'import-status--ok'}`}>
        <span aria-hidden="true">{bad ? '⚠ ' : '✓ '}</span>
        {bad ? t('tables.import.cannotImport') : t('tables.import.ready')}
      </span>
      {(errors.length > 0 || plain.length > 0 || notes.length > 0) && (
        <ul className="import-problems">
          {errors.map((issue, i) => (
            <li key={`e${i}`} className="import-problems__error">
              {words.issue(issue)}
            </li>
          ))}
          {plain.map((text, i) => (
            <li key={`p${i}`} className="import-problems__error">
              {text}
            </li>
          ))}
          {notes.map((issue, i) => (
            <li key={`n${i}`} className="import-problems__note">
              {words.issue(issue)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The value columns the table shows: the name always, the others when the mapping fills them. */
type ValueColumn = 'name' | 'chinese' | 'title' | 'organisation' | 'email' | 'phone';

function valueColumns(mapping: Record<string, string>): ValueColumn[] {
  const mapped = (field: string): boolean => Boolean(mapping[field]);
  const all: [ValueColumn, boolean][] = [
    ['name', true],
    ['chinese', mapped('nameZhHant') || mapped('nameZhHans')],
    ['title', mapped('title')],
    ['organisation', mapped('organisation')],
    ['email', mapped('email')],
    ['phone', mapped('phone')],
  ];
  return all.filter(([, shown]) => shown).map(([column]) => column);
}

/** Longer values are cut in the table (an unclosed quote can put the rest of the file into one value). */
const maxShown = 60;

function cell(column: ValueColumn, v: Record<string, string>): string {
  const text = column === 'name' ? v.nameEn : column === 'chinese' ? [v.nameZhHant, v.nameZhHans].filter(Boolean).join(' / ') : v[column];
  return text && text.length > maxShown ? `${text.slice(0, maxShown)}…` : (text ?? '');
}

export function ImportRows({ rows, mapping }: { rows: ContactImportRow[]; mapping: Record<string, string> }) {
  const { t } = useTranslation();
  const words = useImportWords();
  const [onlyProblems, setOnlyProblems] = useState(false);
  const shown = visibleRows(rows, onlyProblems);
  const anyBad = rows.some(isBad);
  const columns = valueColumns(mapping);

  return (
    <div className="import-rows">
      <div className="import-rows__bar">
        <h4 id="tables-import-rows">{t('tables.import.rowsTitle')}</h4>
        {anyBad && (
          <label className="import-rows__filter">
            <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
            {t('tables.import.onlyProblems')}
          </label>
        )}
      </div>
      <div className="import-rows__scroll">
        <table className="import-table" aria-labelledby="tables-import-rows">
          <thead>
            <tr>
              <th scope="col">{t('tables.import.column.row')}</th>
              <th scope="col">{t('tables.import.column.status')}</th>
              {columns.map((column) => (
                <th key={column} scope="col">
                  {t(`tables.import.column.${column}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((row) => {
              const v = row.values;
              return (
                <tr key={row.row} className={isBad(row) ? 'import-table__bad' : undefined}>
                  <th scope="row" className="import-table__num">
                    <span className="visually-hidden">{t('tables.import.rowLabel', { row: row.row })}</span>
                    <span aria-hidden="true">{row.row}</span>
                  </th>
                  <td className="import-table__status">
                    <Problems row={row} />
                  </td>
                  {columns.map((column) => (
                    <td key={column} className={`import-table__${column}`}>
                      {cell(column, v)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {shown.rows.length < shown.of && <p className="muted import-rows__more">{t('tables.import.showing', { shown: words.number(shown.rows.length), total: words.number(shown.of) })}</p>}
    </div>
  );
}
