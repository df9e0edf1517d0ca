// How far a long import has got, with a way to stop it: a labelled progress bar, "1,250 of 20,000", and Cancel.
import { useId } from 'react';
import type { ImportProgress } from '../../../../shared/contract';

interface Props {
  /** What is happening: "Reading the file…", "Importing…". */
  label: string;
  progress?: ImportProgress;
  /** "1,250 of 20,000", worded by the caller. */
  count?: string;
  cancelLabel: string;
  onCancel: () => void;
  cancelling?: boolean;
}

export function ImportProgressBar({ label, progress, count, cancelLabel, onCancel, cancelling }: Props) {
  const labelId = useId();
  return (
    <div className="import-progress" role="status">
      <span id={labelId} className="import-progress__label">
        {label}
      </span>
      {/* Without a total yet the bar is indeterminate: the file is still being parsed. */}
      <progress aria-labelledby={labelId} max={progress?.total || undefined} value={progress ? progress.done : undefined} />
      {count && <span className="import-progress__count">{count}</span>}
      <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
        {cancelLabel}
      </button>
    </div>
  );
}
