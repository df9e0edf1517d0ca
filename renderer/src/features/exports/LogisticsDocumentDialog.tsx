// One dialog for the logistics documents: it asks what the document needs (member, vehicle and day, format) and the
// language and paper (starting from this device's setting), then makes the file and saves it. A failure keeps every
// choice, so trying again is one click.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportLanguage, Paper, TripDetail } from '../../../../shared/contract';
import { tripDays } from '../../../../shared/domain/time';
import { useClient } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';
import { useFormat } from '../../i18n/format';
import { nameIn } from '../../i18n/names';
import { useErrorReason } from '../logistics/useSaveError';
import { orderedMembers } from '../trips/tripLogic';
import { defaultExportLanguage, exportLanguages, useSettingsPaper } from './documentChoices';
import { documentAsks, documentCall, startingLanguage, type DocumentChoices, type LogisticsDocument } from './logisticsDocuments';

const formId = 'logistics-document-form';

export function LogisticsDocumentDialog({ kind, detail, onClose }: { kind: LogisticsDocument; detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const format = useFormat();
  const reason = useErrorReason();
  const asks = documentAsks[kind];
  const members = orderedMembers(detail.trip, detail.members);
  const vehicles = detail.vehicles.filter((v) => !v.deleted);
  const settingsPaper = useSettingsPaper();
  const [picked, setPaper] = useState<Paper>();
  const [choices, setChoices] = useState<Omit<DocumentChoices, 'paper'>>(() => ({
    tripId: detail.trip.id,
    language: startingLanguage(kind, defaultExportLanguage(i18n.language)),
    includeRestricted: false,
    memberId: asks.member === 'one' ? (members[0]?.id ?? '') : '',
    vehicleId: vehicles[0]?.id ?? '',
    date: '',
    format: asks.formats?.[0] ?? 'pdf',
  }));
  const paper = picked ?? settingsPaper;
  const set = (patch: Partial<DocumentChoices>) => setChoices((c) => ({ ...c, ...patch }));
  const file = useExportFile();
  const call = documentCall(kind, { ...choices, paper });
  const showsPaper = asks.paper && !(kind === 'roomingList' && choices.format === 'xlsx');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!call || file.busy) return;
    await file.run(
      () => client.call(call.method, call.input as never),
      (saved) => {
        toast(saved.path ? t('logistics.documents.savedTo', { path: saved.path }) : t('logistics.documents.saved', { fileName: saved.fileName }));
        onClose();
      },
    );
  };

  return (
    <Dialog
      title={t(`logistics.documents.titles.${kind}`)}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={file.busy || !call} data-autofocus>
            {file.busy ? t('logistics.documents.preparing') : t('logistics.documents.make')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate aria-busy={file.busy}>
        {asks.member && (
          <Field label={t('logistics.documents.member')}>
            <select value={choices.memberId} onChange={(e) => set({ memberId: e.target.value })}>
              {asks.member === 'optional' && <option value="">{t('logistics.documents.everyMember')}</option>}
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {nameIn(m.name, i18n.language)}
                </option>
              ))}
            </select>
          </Field>
        )}
        {asks.vehicle &&
          (vehicles.length === 0 ? (
            <p className="callout export-callout--info">{t('logistics.documents.noVehicles')}</p>
          ) : (
            <Field label={t('logistics.documents.vehicle')}>
              <select value={choices.vehicleId} onChange={(e) => set({ vehicleId: e.target.value })}>
                {vehicles.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.plate ? `${v.label} (${v.plate})` : v.label}
                  </option>
                ))}
              </select>
            </Field>
          ))}
        {asks.day && (
          <Field label={t('logistics.documents.day')}>
            <select value={choices.date} onChange={(e) => set({ date: e.target.value })}>
              <option value="">{t('logistics.documents.everyDay')}</option>
              {tripDays(detail.trip).map((day, index) => (
                <option key={day.date} value={day.date}>
                  {t('logistics.rides.dayOption', { n: index + 1, date: format.date(day.date, true) })}
                </option>
              ))}
            </select>
          </Field>
        )}
        <div className="export-row">
          {asks.formats && (
            <Field label={t('logistics.documents.format')}>
              <select value={choices.format} onChange={(e) => set({ format: e.target.value as DocumentChoices['format'] })}>
                {asks.formats.map((f) => (
                  <option key={f} value={f}>
                    {t(`logistics.documents.formats.${f}`)}
                  </option>
                ))}
              </select>
            </Field>
          )}
          {showsPaper && (
            <Field label={t('exports.itinerary.paper')}>
              <select value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
                <option value="A4">{t('exports.itinerary.paperA4')}</option>
                <option value="Letter">{t('exports.itinerary.paperLetter')}</option>
              </select>
            </Field>
          )}
          <Field label={t('exports.itinerary.language')}>
            <select value={choices.language} onChange={(e) => set({ language: e.target.value as ExportLanguage })}>
              {exportLanguages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {t(`reports.languages.${code}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {asks.restricted && (
          <label className="export-check">
            <input type="checkbox" checked={choices.includeRestricted} onChange={(e) => set({ includeRestricted: e.target.checked })} />
            <span className="export-check__label">{t('exports.itinerary.includeRestricted')}</span>
          </label>
        )}
        {choices.includeRestricted && <p className="callout export-callout--warning">{t('exports.itinerary.restrictedWarning')}</p>}
        <div role="status" aria-live="polite">
          {file.busy && (
            <p className="export-progress">
              <span className="export-progress__spinner" aria-hidden="true" />
              {t('logistics.documents.preparing')}
            </p>
          )}
        </div>
        {file.error !== undefined && (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('logistics.documents.failed')}</p>
            <p className="callout__detail">{reason(file.error)}</p>
            <p className="callout__detail">{t('logistics.documents.nothingSaved')}</p>
          </div>
        )}
      </form>
    </Dialog>
  );
}
