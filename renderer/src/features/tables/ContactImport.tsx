// "Import contacts from CSV": choose a file, see the preview, import — in one undoable step — and see what happened.
// Nothing is written until the user presses Import; rows that cannot be imported are skipped only when they say so.
// Reading and importing a large file show their progress and can be cancelled.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { ImportProgressBar } from '../ics/ImportProgressBar';
import { isCancelled, useImportJob } from '../ics/useImportJob';
import type { ImportPreview as Preview } from './importModel';
import { ImportPreview } from './ImportPreview';
import { useImportWords } from './useImportWords';

/** The contract's limit on the text sent; a bigger file is refused here, in words, rather than by the service. */
const maxChars = 20_000_000;

interface Chosen {
  name: string;
  text: string;
}

export function ContactImport() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const job = useImportJob();
  const [cancelling, setCancelling] = useState(false);
  const written = useWritten();
  const toast = useToast();
  const words = useImportWords();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [reading, setReading] = useState(false);
  const [applying, setApplying] = useState(false);
  const [problem, setProblem] = useState<{ message?: string; error?: unknown } | null>(null);
  const [result, setResult] = useState<{ imported: number; skipped: number[] } | null>(null);
  const [inputKey, setInputKey] = useState(0);
  // Only the newest preview request may land: a slower earlier one must not overwrite a newer mapping.
  const request = useRef(0);

  const read = async (file: Chosen, mapping?: Record<string, string>): Promise<void> => {
    const id = ++request.current;
    setReading(true);
    setProblem(null);
    try {
      const jobId = job.start();
      const next = await client.call('import.contactsPreview', mapping ? { text: file.text, mapping, jobId } : { text: file.text, jobId });
      if (id === request.current) setPreview(next);
    } catch (error) {
      if (id === request.current && isCancelled(error)) reset(t('tables.import.cancelled'));
      else if (id === request.current) setProblem({ error });
    } finally {
      if (id === request.current) {
        job.finish();
        setReading(false);
        setCancelling(false);
      }
    }
  };

  const choose = async (file: File | undefined): Promise<void> => {
    setResult(null);
    setPreview(null);
    setChosen(null);
    if (!file) return;
    if (file.size > maxChars) {
      setProblem({ message: t('tables.import.tooLarge', { name: file.name }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setProblem({ message: t('tables.import.unreadable', { name: file.name }) });
      return;
    }
    const next = { name: file.name, text };
    setChosen(next);
    await read(next);
  };

  const reset = (message?: string): void => {
    request.current++;
    setChosen(null);
    setPreview(null);
    setProblem(message ? { message } : null);
    setReading(false);
    setInputKey((k) => k + 1);
  };

  const undo = (): void => {
    client.call('history.undo', {}).then(
      (answer) => {
        const { step } = answer;
        written('history.undo', {}, answer);
        setResult(null);
        toast(step ? t('tables.import.undone') : t('tables.import.nothingToUndo'));
      },
      () => toast(t('tables.import.undoFailed')),
    );
  };

  const apply = async (skipInvalid: boolean): Promise<void> => {
    if (!chosen || !preview) return;
    setApplying(true);
    setProblem(null);
    try {
      const input = { text: chosen.text, mapping: preview.mapping, skipInvalid, jobId: job.start() };
      const done = await client.call('import.contactsApply', input);
      reset();
      setResult(done);
      written('import.contactsApply', input, done);
      toast(t('tables.import.done', { count: done.imported }), { label: t('common.undo'), run: undo });
    } catch (error) {
      // The file is kept and the preview stays, so the user can change the mapping or the file and try again.
      setProblem(isCancelled(error) ? { message: t('tables.import.cancelled') } : { error });
      if (!isCancelled(error)) void read(chosen, preview.mapping);
    } finally {
      job.finish();
      setApplying(false);
      setCancelling(false);
    }
  };

  const cancel = (): void => {
    setCancelling(true);
    void job.cancel();
  };
  const number = (n: number) => n.toLocaleString(i18n.language);
  const progress = job.progress;

  return (
    <section className="tables-section" aria-labelledby="tables-import-title">
      <h2 id="tables-import-title">{t('tables.import.title')}</h2>
      <p className="muted">{t('tables.import.intro')}</p>
      <Field label={t('tables.import.file')} hint={t('tables.import.fileHint')} className="import-file">
        <input key={inputKey} type="file" accept=".csv,.tsv,.txt,text/csv" disabled={applying} onChange={(e) => void choose(e.target.files?.[0])} />
      </Field>

      {((reading && !preview) || applying) && (
        <ImportProgressBar
          label={applying ? t('tables.import.importing') : t('tables.import.reading')}
          progress={progress}
          count={progress ? t('tables.import.progressCount', { done: number(progress.done), total: number(progress.total) }) : undefined}
          cancelLabel={cancelling ? t('tables.import.cancelling') : t('tables.import.cancelImport')}
          onCancel={cancel}
          cancelling={cancelling}
        />
      )}
      {problem?.message && (
        <div className="callout callout--error" role="alert">
          <p className="callout__title">{problem.message}</p>
        </div>
      )}
      {problem?.error !== undefined && <ErrorMessage error={problem.error} />}

      {result && (
        <div className="callout callout--success" role="status">
          <p className="callout__title">{t('tables.import.done', { count: result.imported })}</p>
          {result.skipped.length > 0 && <p className="callout__detail">{t('tables.import.doneSkipped', { rows: words.rowList(result.skipped) })}</p>}
          <a href="#/directory/contacts">{t('tables.import.openContacts')}</a>
        </div>
      )}

      {chosen && preview && (
        <ImportPreview
          preview={preview}
          busy={reading}
          applying={applying}
          onMapping={(mapping) => {
            // Shown at once; the rows follow when the file has been read again with it.
            setPreview({ ...preview, mapping });
            void read(chosen, mapping);
          }}
          onImport={(skip) => void apply(skip)}
          onCancel={() => reset()}
        />
      )}
    </section>
  );
}
