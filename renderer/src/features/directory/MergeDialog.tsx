// Fold duplicates into one record: choose which to keep, read what will happen, confirm. The merge is one undoable step.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/model';
import { useClient } from '../../api';
import type { DirectorySection } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { mergeRecords } from './directoryApi';
import type { DirectoryRecord } from './directoryLogic';
import { RecordName } from './RecordName';
import { recordFacts } from './recordFacts';

interface MergeDialogProps {
  section: DirectorySection;
  records: DirectoryRecord[];
  organisations: Organisation[];
  onClose: () => void;
  onMerged: (kept: DirectoryRecord) => void;
}

/** The record to suggest keeping: the one with the most filled-in details (the first of equals). */
function fullest(records: DirectoryRecord[]): string {
  const filled = (r: DirectoryRecord): number => Object.values({ ...r, ...r.name }).filter((v) => typeof v === 'string' && v.trim() !== '').length;
  return records.reduce((best, r) => (filled(r) > filled(best) ? r : best), records[0]!).id;
}

export function MergeDialog({ section, records, organisations, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const client = useClient();
  const [suggested] = useState(() => fullest(records));
  const [keepId, setKeepId] = useState(suggested);
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const byId = useMemo(() => new Map(organisations.map((o) => [o.id, o])), [organisations]);

  const confirm = async (): Promise<void> => {
    if (merging) return;
    setMerging(true);
    setError(null);
    try {
      const kept = await mergeRecords(
        client,
        section,
        keepId,
        records.map((r) => r.id).filter((id) => id !== keepId),
      );
      onMerged(kept);
    } catch (failure) {
      setError(failure);
      setMerging(false);
    }
  };

  return (
    <Dialog
      title={t(`directory.mergeDialog.title.${section}`)}
      onClose={onClose}
      describedBy="merge-explain"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void confirm()} disabled={merging}>
            {merging ? t('directory.mergeDialog.merging') : t('directory.mergeDialog.confirm', { name: records.find((r) => r.id === keepId)?.name.en ?? '' })}
          </button>
        </>
      }
    >
      <p id="merge-explain" className="merge__explain">
        {t('directory.mergeDialog.explain')}
      </p>
      {error !== null && <ErrorMessage error={error} />}
      <fieldset className="merge__choices">
        <legend>{t('directory.mergeDialog.keep')}</legend>
        <p className="field__hint">{t('directory.mergeDialog.keepHint')}</p>
        {records.map((record) => {
          const facts = recordFacts(section, record, byId, t).filter((f) => f.value);
          return (
            <label key={record.id} className={`merge__choice ${record.id === keepId ? 'merge__choice--kept' : ''}`}>
              <input
                type="radio"
                name="keep"
                value={record.id}
                checked={record.id === keepId}
                onChange={() => setKeepId(record.id)}
                {...(record.id === suggested ? { 'data-autofocus': true } : {})}
              />
              <span className="merge__record">
                <RecordName name={record.name} />
                {facts.length > 0 && (
                  <span className="merge__facts">
                    {facts.map((f) => (
                      <span key={f.key}>
                        <span className="merge__fact-label">{t('directory.mergeDialog.factLabel', { label: f.label })}</span> {f.value}
                      </span>
                    ))}
                  </span>
                )}
              </span>
            </label>
          );
        })}
      </fieldset>
    </Dialog>
  );
}
