// The trip's Travel tab: the manifest of every member's arrival and departure, typed in a grid, a journey copied to
// other members, and the manifest exported as CSV or Excel (made by the backend's export.manifest).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportLanguage, type TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { useClient } from '../../api';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';
import { EventEditor } from '../events/EventEditor';
import { CopySegmentDialog } from './CopySegmentDialog';
import { ManifestGrid } from './ManifestGrid';
import type { ManifestRow } from './manifestModel';
import { useManifestEdits } from './useManifestEdits';
import './travel.css';

type Format = 'csv' | 'xlsx';

export function TravelTab({ detail }: { detail: TripDetail }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const exporter = useExportFile();
  const edits = useManifestEdits(detail);
  const [openId, setOpenId] = useState<string | null>(null);
  const [copying, setCopying] = useState<(ManifestRow & { journey: TripEvent }) | null>(null);
  const [format, setFormat] = useState<Format | null>(null);
  // The manifest in the reader's language; the backend's own default otherwise.
  const language = ExportLanguage.safeParse(i18n.language).data ?? 'en';

  const exportAs = (next: Format): Promise<void> => {
    setFormat(next);
    return exporter.run(
      () => client.call('export.manifest', { tripId: detail.trip.id, format: next, language }),
      ({ fileName }) => toast(t('travel.export.saved', { file: fileName })),
    );
  };
  // The copied journey as it is now (the grid may have stored more on it since the dialog opened).
  const copyJourney = copying ? (detail.events.find((e) => e.id === copying.journey.id) ?? copying.journey) : undefined;

  return (
    <section className="travel-tab" aria-labelledby="travel-title">
      <div className="travel-tab__head">
        <div>
          <h2 id="travel-title">{t('travel.title')}</h2>
          <p className="muted travel-tab__intro">{t('travel.intro')}</p>
        </div>
        <div className="travel-tab__export" role="group" aria-label={t('travel.export.label')}>
          {(['csv', 'xlsx'] as const).map((f) => (
            <button key={f} type="button" className="button" disabled={exporter.busy} aria-busy={(exporter.busy && format === f) || undefined} onClick={() => void exportAs(f)}>
              {t(f === 'csv' ? 'travel.export.csv' : 'travel.export.xlsx')}
            </button>
          ))}
        </div>
      </div>
      {exporter.error !== undefined && (
        <div className="travel-tab__failure" role="alert">
          <p className="travel-tab__failure-title">{t('travel.export.failed', { format: format === 'xlsx' ? 'Excel' : 'CSV' })}</p>
          <ErrorMessage error={exporter.error} />
        </div>
      )}
      <ManifestGrid detail={detail} edits={edits} onOpen={setOpenId} onCopy={setCopying} />
      {copying && copyJourney && (
        <CopySegmentDialog
          journey={copyJourney}
          from={copying.member}
          segment={t(`travel.segmentName.${copying.segment}`)}
          members={detail.members}
          onCopy={(memberIds) => edits.copyTo(copyJourney, memberIds)}
          onClose={() => setCopying(null)}
        />
      )}
      {openId && <EventEditor detail={detail} mode={{ kind: 'edit', eventId: openId }} onClose={() => setOpenId(null)} />}
    </section>
  );
}
