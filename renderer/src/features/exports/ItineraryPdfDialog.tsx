// The itinerary PDF's options (paper, language, notes, restricted briefing fields), then export.itineraryPdf and
// client.saveFile: a download in browser mode, a save dialog in Electron. Progress is announced; a failure says what
// happened and keeps every choice, so trying again is one click.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, Paper, TripDetail } from '../../../../shared/contract';
import { useClient } from '../../api';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { defaultExportLanguage, exportLanguages, useSettingsPaper } from './documentChoices';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'notSaved' } | { kind: 'failed'; title: string; detail: string };

const formId = 'itinerary-pdf-form';

export function ItineraryPdfDialog({ detail, onClose }: { detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const ids = { notesHint: useId(), restrictedHint: useId() };
  // The paper of this device's settings (not the system's locale: issue 13), until the user picks one here.
  const settingsPaper = useSettingsPaper();
  const [picked, setPaper] = useState<Paper>();
  const paper = picked ?? settingsPaper;
  const [language, setLanguage] = useState<ExportLanguage>(() => defaultExportLanguage(i18n.language));
  const [includeNotes, setIncludeNotes] = useState(false);
  const [includeRestricted, setIncludeRestricted] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const busy = outcome.kind === 'busy';

  const reason = (error: unknown): string => {
    const { key, detail: message } = describeError(error);
    return message ? `${t(`errors.${key}`)} ${t('errors.detail', { message })}` : t(`errors.${key}`);
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (busy) return;
    setOutcome({ kind: 'busy' });
    let file;
    try {
      file = await client.call('export.itineraryPdf', { tripId: detail.trip.id, paper, language, includeNotes, includeRestricted });
    } catch (error) {
      setOutcome({ kind: 'failed', title: t('exports.itinerary.failed'), detail: reason(error) });
      return;
    }
    try {
      const result = await client.saveFile(file);
      if (!result.saved) {
        setOutcome({ kind: 'notSaved' });
        return;
      }
      toast(result.path ? t('exports.itinerary.savedTo', { path: result.path }) : t('exports.itinerary.saved', { fileName: file.fileName }));
      onClose();
    } catch (error) {
      setOutcome({ kind: 'failed', title: t('exports.itinerary.saveFailed'), detail: reason(error) });
    }
  };

  return (
    <Dialog
      title={t('exports.itinerary.title')}
      onClose={onClose}
      describedBy="itinerary-pdf-intro"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={busy} data-autofocus>
            {busy ? t('exports.itinerary.preparing') : t('exports.itinerary.make')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <p id="itinerary-pdf-intro" className="muted">
          {t('exports.itinerary.intro', { title: detail.trip.title })}
        </p>
        <div className="export-row">
          <Field label={t('exports.itinerary.paper')}>
            <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)} disabled={busy}>
              <option value="A4">{t('exports.itinerary.paperA4')}</option>
              <option value="Letter">{t('exports.itinerary.paperLetter')}</option>
            </select>
          </Field>
          <Field label={t('exports.itinerary.language')}>
            <select value={language} onChange={(e) => setLanguage(e.target.value as ExportLanguage)} disabled={busy}>
              {exportLanguages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`reports.languages.${code}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <label className="export-check">
          <input type="checkbox" checked={includeNotes} onChange={(e) => setIncludeNotes(e.target.checked)} disabled={busy} aria-describedby={ids.notesHint} />
          <span>
            <span className="export-check__label">{t('exports.itinerary.includeNotes')}</span>
            <span id={ids.notesHint} className="field__hint" style={{ display: 'block' }}>
              {t('exports.itinerary.includeNotesHint')}
            </span>
          </span>
        </label>
        <label className="export-check">
          <input
            type="checkbox"
            checked={includeRestricted}
            onChange={(e) => setIncludeRestricted(e.target.checked)}
            disabled={busy}
            aria-describedby={ids.restrictedHint}
          />
          <span>
            <span className="export-check__label">{t('exports.itinerary.includeRestricted')}</span>
            <span id={ids.restrictedHint} className="field__hint" style={{ display: 'block' }}>
              {t('exports.itinerary.includeRestrictedHint')}
            </span>
          </span>
        </label>
        {includeRestricted && <p className="callout export-callout--warning">{t('exports.itinerary.restrictedWarning')}</p>}
        <div role="status" aria-live="polite">
          {busy && (
            <p className="export-progress">
              <span className="export-progress__spinner" aria-hidden="true" />
              {t('exports.itinerary.preparing')}
            </p>
          )}
          {outcome.kind === 'notSaved' && <p className="callout export-callout--info">{t('exports.itinerary.notSaved')}</p>}
        </div>
        {outcome.kind === 'failed' && (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{outcome.title}</p>
            <p className="callout__detail">{outcome.detail}</p>
            <p className="callout__detail">{t('exports.itinerary.nothingSaved')}</p>
          </div>
        )}
      </form>
    </Dialog>
  );
}
