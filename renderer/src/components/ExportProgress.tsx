// How far an export that takes seconds has got (a backup, a large table): the call carries a job id, the backend pushes
// `export.progress` for it, and a bar shows the phase with "12,000 of 70,000 records" once the amount is known.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportProgress } from '../../../shared/contract';
import { useJobProgress } from '../api/useJobProgress';
import { localeFor } from '../i18n/format';
import './exportProgress.css';

/** The progress of one export this screen started (see useJobProgress). */
export function useExportJob() {
  const { progress, start, finish } = useJobProgress('export.progress');
  return { progress, start, finish };
}

interface Props {
  progress?: ExportProgress;
  /** What the making phase counts: a backup's records or a table's rows. */
  unit: 'records' | 'rows';
}

export function ExportProgressBar({ progress, unit }: Props) {
  const { t, i18n } = useTranslation();
  const labelId = useId();
  const number = new Intl.NumberFormat(localeFor(i18n.language));
  const counted = progress !== undefined && progress.total > 0;
  const amounts = counted ? { done: number.format(progress.done), total: number.format(progress.total) } : undefined;
  const label =
    progress?.phase === 'making'
      ? amounts
        ? t(unit === 'records' ? 'exports.progress.makingRecords' : 'exports.progress.makingRows', amounts)
        : t('exports.progress.making')
      : amounts
        ? t('exports.progress.gatheringTrips', amounts)
        : t('exports.progress.gathering');
  return (
    <div className="export-progress" role="status">
      <span id={labelId} className="export-progress__label">
        {label}
      </span>
      {/* Without a total yet the bar is indeterminate. */}
      <progress aria-labelledby={labelId} max={counted ? progress.total : undefined} value={counted ? progress.done : undefined} />
    </div>
  );
}
