// The press-release draft in English, 繁體 or 简体, in a text area to edit, with Copy and Save (as text or Word). Each
// language's draft is fetched once and kept with its edits while the dialog is open, so switching loses nothing.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, TripDetail } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Dialog } from '../../components/Dialog';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';
import { exportLanguages as languages } from '../exports/documentChoices';
import { defaultLanguage } from './reportLogic';

interface Draft {
  original: string;
  text: string;
}

export function PressReleaseDialog({ detail, onClose }: { detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const [language, setLanguage] = useState<ExportLanguage>(defaultLanguage(i18n.language));
  const [drafts, setDrafts] = useState<Partial<Record<ExportLanguage, Draft>>>({});
  // One error slot for loading, copying and saving: whichever failed last is shown.
  const { busy, error, setError, run } = useExportFile();
  const draft = drafts[language];
  const edited = Object.values(drafts).some((d) => d && d.text !== d.original);
  // Closing with edits (Escape, Close, another page, the window) asks first, as every editing form does.
  const guard = useDiscardGuard(edited, onClose);
  const [confirmingFresh, setConfirmingFresh] = useState(false);

  const load = useCallback(
    (lang: ExportLanguage) =>
      client.call('export.pressRelease', { tripId: detail.trip.id, language: lang }).then(
        ({ text }) => setDrafts((all) => ({ ...all, [lang]: { original: text, text } })),
        (caught: unknown) => setError(caught),
      ),
    [client, detail.trip.id, setError],
  );

  // The draft in the language the dialog opens in; other languages load when picked.
  const [first] = useState(language);
  useEffect(() => {
    let current = true;
    client.call('export.pressRelease', { tripId: detail.trip.id, language: first }).then(
      ({ text }) => current && setDrafts((all) => ({ ...all, [first]: all[first] ?? { original: text, text } })),
      (caught: unknown) => current && setError(caught),
    );
    return () => {
      current = false;
    };
  }, [client, detail.trip.id, first, setError]);

  function pick(lang: ExportLanguage) {
    setLanguage(lang);
    setError(undefined);
    if (!drafts[lang]) void load(lang);
  }

  async function copy() {
    if (!draft) return;
    try {
      await navigator.clipboard.writeText(draft.text);
      toast(t('reports.press.copied'));
    } catch {
      setError(new Error(t('reports.press.copyFailed')));
    }
  }

  async function save(format: 'txt' | 'docx') {
    if (!draft) return;
    // The backend makes the file (plain text or Word) from the text as edited here and keeps it until it is saved.
    await run(
      async () => (await client.call('export.pressRelease', { tripId: detail.trip.id, language, text: draft.text, format })).file,
      ({ fileName }) => toast(t('reports.saved', { fileName })),
    );
  }

  function regenerate() {
    if (draft && draft.text !== draft.original) setConfirmingFresh(true);
    else startAgain();
  }

  function startAgain() {
    setError(undefined);
    setDrafts((all) => ({ ...all, [language]: undefined }));
    void load(language);
  }

  return (
    <>
      <Dialog
        title={t('reports.press.title')}
        onClose={guard.close}
        size="large"
        footer={
          <>
            <button type="button" className="button button--quiet" onClick={regenerate} disabled={!draft}>
              {t('reports.press.regenerate')}
            </button>
            <span className="reports-spacer" />
            <button type="button" className="button" onClick={() => void copy()} disabled={!draft}>
              {t('reports.press.copy')}
            </button>
            <button type="button" className="button" onClick={() => void save('txt')} disabled={!draft || busy}>
              {t('reports.press.save')}
            </button>
            <button type="button" className="button button--primary" onClick={() => void save('docx')} disabled={!draft || busy}>
              {busy ? t('common.saving') : t('reports.press.saveWord')}
            </button>
          </>
        }
      >
        <p className="reports-intro">{t('reports.press.intro')}</p>
        <div className="reports-tabs" role="radiogroup" aria-label={t('reports.options.language')}>
          {languages.map((lang) => (
            <label key={lang} className={`reports-tab ${language === lang ? 'reports-tab--on' : ''}`}>
              <input type="radio" name="press-language" value={lang} checked={language === lang} onChange={() => pick(lang)} data-autofocus={language === lang ? true : undefined} />
              {t(`reports.languages.${lang}`)}
            </label>
          ))}
        </div>
        <label className="field__label reports-draft-label" htmlFor="press-release-text">
          {t('reports.press.text')}
        </label>
        <textarea
          id="press-release-text"
          className="reports-draft"
          lang={language}
          value={draft?.text ?? ''}
          placeholder={draft ? undefined : t('reports.press.loading')}
          readOnly={!draft}
          aria-busy={!draft}
          onChange={(event) => {
            const text = event.target.value;
            setDrafts((all) => (all[language] ? { ...all, [language]: { ...all[language], text } } : all));
          }}
        />
        {error !== undefined && (
          <div className="reports-error">
            <ErrorMessage error={error} onRetry={draft ? undefined : () => pick(language)} />
          </div>
        )}
      </Dialog>
      {guard.prompt}
      {confirmingFresh && (
        <ConfirmDialog
          title={t('reports.press.freshTitle')}
          body={t('reports.press.discardEdits')}
          confirm={t('reports.press.freshConfirm')}
          keep={t('forms.discard.keep')}
          onConfirm={() => {
            setConfirmingFresh(false);
            startAgain();
          }}
          onKeep={() => setConfirmingFresh(false)}
        />
      )}
    </>
  );
}
