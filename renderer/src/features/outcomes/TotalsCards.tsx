// Outcome totals as a row of figures (MoUs, HK$ pledged, jobs, …), each with its label, formatted for the language.
import { useTranslation } from 'react-i18next';
import type { OutcomeTotals } from '../../../../shared/contract';
import { formatCount, formatHkd } from './outcomesLogic';

export type TotalKey = keyof OutcomeTotals;

const labels = {
  mous: 'outcomes.totals.mous',
  investmentHkd: 'outcomes.totals.investment',
  jobs: 'outcomes.totals.jobs',
  companiesLanded: 'outcomes.totals.companiesLanded',
  followUps: 'outcomes.totals.followUps',
} as const;

export function TotalsCards({ totals, keys }: { totals: OutcomeTotals; keys: TotalKey[] }) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="totals" aria-label={t('outcomes.totals.label')}>
      {keys.map((key) => (
        <div key={key} className={`totals__item totals__item--${key}`}>
          <dt>{t(labels[key])}</dt>
          <dd>{key === 'investmentHkd' ? formatHkd(i18n.language, totals[key]) : formatCount(i18n.language, totals[key])}</dd>
        </div>
      ))}
    </dl>
  );
}

export function totalLabelKey(key: TotalKey): (typeof labels)[TotalKey] {
  return labels[key];
}
