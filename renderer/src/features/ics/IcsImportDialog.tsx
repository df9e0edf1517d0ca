// Imports an .ics file into the trip: choose the file, see every entry (new, update, or why not), untick what should
// stay out, then Import. Nothing reaches the trip before the Import button is pressed. A large file shows how far
// reading or importing has got, and either can be cancelled.
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IcsPreviewEvent, TripDetail } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { IcsError } from './IcsError';
import { IcsPreviewTable } from './IcsPreviewTable';
import { chosenUids, importable, initialSelection } from './icsLogic';
import { ImportProgressBar } from './ImportProgressBar';
import { isCancelled, useImportJob } from './useImportJob';

interface Loaded {
  fileName: string;
  text: string;
  events: IcsPreviewEvent[];
}

type Result = { created: number; updated: number; skipped: number };

export function IcsImportDialog({ detail, onClose }: { detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const job = useImportJob();
  const [cancelling, setCancelling] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const written = useWritten();
  const fileId = useId();
  const [loaded, setLoaded] = useState<Loaded>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState<'reading' | 'importing'>();
  const [error, setError] = useState<{ message: string; cause?: unknown }>();
  const [result, setResult] = useState<Result>();
  const tripId = detail.trip.id;

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy('reading');
    setError(undefined);
    setCancelled(false);
    setResult(undefined);
    setLoaded(undefined);
    let text: string;
    try {
      text = await file.text();
    } catch (cause) {
      setError({ message: t('ics.import.readFailed'), cause });
      setBusy(undefined);
      return;
    }
    try {
      const { events } = await client.call('import.icsPreview', { tripId, text, jobId: job.start() });
      setLoaded({ fileName: file.name, text, events });
      setSelected(initialSelection(events));
    } catch (cause) {
      if (isCancelled(cause)) setCancelled(true);
      else setError({ message: t('ics.import.previewFailed'), cause });
    } finally {
      job.finish();
      setBusy(undefined);
      setCancelling(false);
    }
  }

  async function importChosen() {
    if (!loaded) return;
    setBusy('importing');
    setError(undefined);
    setCancelled(false);
    try {
      const input = { tripId, text: loaded.text, uids: chosenUids(loaded.events, selected), jobId: job.start() };
      const done = await client.call('import.icsApply', input);
      setResult(done);
      written('import.icsApply', input, done);
    } catch (cause) {
      if (isCancelled(cause)) setCancelled(true);
      else setError({ message: t('ics.import.failed'), cause });
    } finally {
      job.finish();
      setBusy(undefined);
      setCancelling(false);
    }
  }

  function cancel() {
    setCancelling(true);
    void job.cancel();
  }

  const number = (n: number) => n.toLocaleString(i18n.language);
  const progress = job.progress;

  const chosen = loaded ? chosenUids(loaded.events, selected).length : 0;
  const footer = result ? (
    <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
      {t('common.close')}
    </button>
  ) : (
    <>
      {loaded && loaded.events.length > 0 && (
        <span className="ics-footer__count" aria-live="polite">
          {t('ics.import.chosen', { count: chosen, total: importable(loaded.events).length })}
        </span>
      )}
      <button type="button" className="button" onClick={onClose}>
        {t('common.cancel')}
      </button>
      <button type="button" className="button button--primary" onClick={() => void importChosen()} disabled={!loaded || chosen === 0 || busy !== undefined}>
        {busy === 'importing' ? t('ics.import.working') : t('ics.import.submit')}
      </button>
    </>
  );

  return (
    <Dialog title={t('ics.import.title')} onClose={onClose} size="large" footer={footer}>
      {result ? (
        <p className="callout ics-result" role="status">
          {t('ics.import.done', result)}
        </p>
      ) : (
        <>
          <p className="ics-intro">{t('ics.import.intro')}</p>
          <div className="field">
            <label className="field__label" htmlFor={fileId}>
              {t('ics.import.file')}
            </label>
            <input id={fileId} type="file" accept=".ics,text/calendar" onChange={(event) => void choose(event)} disabled={busy !== undefined} data-autofocus />
          </div>
          {busy && (
            <ImportProgressBar
              label={busy === 'reading' || progress?.phase === 'reading' ? t('ics.import.reading') : t('ics.import.working')}
              progress={progress}
              count={progress ? t('ics.progress.count', { done: number(progress.done), total: number(progress.total) }) : undefined}
              cancelLabel={cancelling ? t('ics.progress.cancelling') : t('ics.progress.cancel')}
              onCancel={cancel}
              cancelling={cancelling}
            />
          )}
          {cancelled && (
            <p className="callout ics-empty" role="status">
              {t('ics.progress.cancelled')}
            </p>
          )}
          {error && <IcsError message={error.message} cause={error.cause} />}
          {loaded && loaded.events.length === 0 && <p className="callout ics-empty">{t('ics.import.empty')}</p>}
          {loaded && loaded.events.length > 0 && (
            <IcsPreviewTable fileName={loaded.fileName} events={loaded.events} selected={selected} onChange={setSelected} />
          )}
        </>
      )}
    </Dialog>
  );
}
