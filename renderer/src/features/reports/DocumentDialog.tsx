// The briefing pack's and the post-trip report's options (format, language, paper, restricted fields), then the file
// made by the backend and kept through client.saveFile (a save dialog in Electron, a download in a browser).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, Paper, TripDetail } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';
import { exportLanguages, useSettingsPaper } from '../exports/documentChoices';
import { defaultLanguage, reportFormats, reportMethod, type ReportFormat } from './reportLogic';

export function DocumentDialog({ kind, detail, onClose }: { kind: 'briefing' | 'report'; detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const [format, setFormat] = useState<ReportFormat>('pdf');
  const [language, setLanguage] = useState<ExportLanguage>(defaultLanguage(i18n.language));
  // The settings' paper until the user picks one here (the setting may arrive after the first render).
  const settingsPaper = useSettingsPaper();
  const [picked, setPaper] = useState<Paper>();
  const paper = picked ?? settingsPaper;
  const [includeRestricted, setIncludeRestricted] = useState(false);
  const { busy, error, run } = useExportFile();
  const meetings = detail.events.filter((e) => ['meeting', 'signing', 'seminar', 'site-visit', 'meal'].includes(e.kind)).length;

  function make() {
    const input = { tripId: detail.trip.id, language, paper, includeRestricted };
    return run(
      () => client.call(kind === 'briefing' ? 'export.briefingPdf' : reportMethod(format), input),
      ({ fileName }) => {
        toast(t('reports.saved', { fileName }));
        onClose();
      },
    );
  }

  return (
    <Dialog
      title={t(`reports.${kind}.title`)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void make()} disabled={busy} data-autofocus>
            {busy ? t('reports.working') : t(`reports.${kind}.submit`)}
          </button>
        </>
      }
    >
      <p className="reports-intro">{t(`reports.${kind}.intro`)}</p>
      {kind === 'briefing' && meetings === 0 && <p className="field__hint">{t('reports.briefing.noMeetings')}</p>}
      {kind === 'report' && (
        <fieldset className="reports-choice">
          <legend className="field__label">{t('reports.options.format')}</legend>
          {reportFormats.map((f) => (
            <label key={f}>
              <input type="radio" name="report-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(`reports.options.${f}`)}
            </label>
          ))}
        </fieldset>
      )}
      <Field label={t('reports.options.language')}>
        <select value={language} onChange={(event) => setLanguage(event.target.value as ExportLanguage)}>
          {exportLanguages.map((code) => (
            <option key={code} value={code} lang={code}>
              {t(`reports.languages.${code}`)}
            </option>
          ))}
        </select>
      </Field>
      {(kind === 'briefing' || format === 'pdf') && (
        <Field label={t('reports.options.paper')}>
          <select value={paper} onChange={(event) => setPaper(event.target.value as Paper)}>
            <option value="A4">A4</option>
            <option value="Letter">Letter</option>
          </select>
        </Field>
      )}
      {/* Only the briefing pack prints briefing fields; the report has none, so it offers no such choice. */}
      {kind === 'briefing' && (
        <label className="reports-check">
          <input type="checkbox" checked={includeRestricted} onChange={(event) => setIncludeRestricted(event.target.checked)} />
          <span>
            {t('reports.options.includeRestricted')}
            <span className="field__hint">{t('reports.options.restrictedHint')}</span>
          </span>
        </label>
      )}
      {error !== undefined && (
        <div className="reports-error">
          <p className="field__error">{t('reports.failed')}</p>
          <ErrorMessage error={error} />
        </div>
      )}
    </Dialog>
  );
}
