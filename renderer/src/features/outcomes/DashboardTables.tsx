// The dashboard's tables: totals per row (trip, year or sector) with an optional bar beside a figure, and the
// pipeline's counts by stage. The bars are drawn in CSS and hidden from screen readers: the number is in the table.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeTotals } from '../../../../shared/contract';
import type { PipelineStage } from '../../../../shared/model';
import { barPercent, formatCount, formatHkd } from './outcomesLogic';
import { totalLabelKey, type TotalKey } from './TotalsCards';

const columns: TotalKey[] = ['mous', 'investmentHkd', 'jobs', 'companiesLanded', 'followUps'];

export interface TotalsRow {
  key: string;
  /** The row's header cell (a trip's title, a year, a sector). */
  label: ReactNode;
  /** Extra cells between the label and the figures (a trip's start date). */
  extra?: ReactNode;
  totals: OutcomeTotals;
}

interface TotalsTableProps {
  caption: string;
  labelHeader: string;
  extraHeader?: string;
  rows: TotalsRow[];
  /** Draws a bar for this figure in a last column. */
  bar?: { key: TotalKey; header: string };
}

function Bar({ percent }: { percent: number }) {
  return (
    <span className="bar" aria-hidden="true">
      <span className="bar__fill" style={{ width: `${percent}%` }} />
    </span>
  );
}

export function TotalsTable({ caption, labelHeader, extraHeader, rows, bar }: TotalsTableProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const max = bar ? Math.max(0, ...rows.map((r) => r.totals[bar.key])) : 0;
  const figure = (key: TotalKey, totals: OutcomeTotals): string => (key === 'investmentHkd' ? formatHkd(language, totals[key]) : formatCount(language, totals[key]));
  return (
    <table className="outcome-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          {extraHeader && <th scope="col">{extraHeader}</th>}
          {columns.map((key) => (
            <th key={key} scope="col" className="outcome-table__num">
              {t(totalLabelKey(key))}
            </th>
          ))}
          {bar && (
            <th scope="col" className="outcome-table__bar">
              <span className="visually-hidden">{bar.header}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {extraHeader && <td className="outcome-table__date">{row.extra}</td>}
            {columns.map((key) => (
              <td key={key} className="outcome-table__num">
                {figure(key, row.totals)}
              </td>
            ))}
            {bar && (
              <td className="outcome-table__bar">
                <Bar percent={barPercent(row.totals[bar.key], max)} />
              </td>
            )}
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length + 2} className="muted">
              {t('outcomes.dashboard.noRows')}
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}

export function StageTable({ caption, rows }: { caption: string; rows: { stage: PipelineStage; count: number }[] }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(0, ...rows.map((r) => r.count));
  return (
    <table className="outcome-table outcome-table--stages">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('outcomes.dashboard.columns.stage')}</th>
          <th scope="col" className="outcome-table__num">
            {t('outcomes.dashboard.columns.organisations')}
          </th>
          <th scope="col" className="outcome-table__bar">
            <span className="visually-hidden">{t('outcomes.dashboard.countBar')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.stage}>
            <th scope="row">{t(`outcomes.stages.${row.stage}`)}</th>
            <td className="outcome-table__num">{formatCount(i18n.language, row.count)}</td>
            <td className="outcome-table__bar">
              <Bar percent={barPercent(row.count, max)} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
