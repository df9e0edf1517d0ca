// Exports the trip's events, or one member's, as an .ics file the user keeps (a save dialog or a download).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { useClient } from '../../api/context';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useExportFile } from '../../components/useExportFile';
import { IcsError } from './IcsError';
import { memberChoices, memberName } from './icsLogic';

export function IcsExportDialog({ detail, onClose }: { detail: TripDetail; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const toast = useToast();
  const [memberId, setMemberId] = useState('');
  const { busy, error, run } = useExportFile();
  const choices = memberChoices(detail);
  const count = memberId ? (choices.find((c) => c.member.id === memberId)?.count ?? 0) : detail.events.length;

  function exportFile() {
    return run(
      () => client.call('export.ics', { tripId: detail.trip.id, memberId: memberId || undefined }),
      ({ fileName }) => {
        toast(t('ics.export.saved', { fileName }));
        onClose();
      },
    );
  }

  return (
    <Dialog
      title={t('ics.export.title')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void exportFile()} disabled={busy || count === 0} data-autofocus>
            {busy ? t('ics.export.working') : t('ics.export.submit')}
          </button>
        </>
      }
    >
      <p className="ics-intro">{t('ics.export.intro')}</p>
      <Field label={t('ics.export.whose')} hint={count === 0 ? t('ics.export.none') : undefined}>
        <select value={memberId} onChange={(event) => setMemberId(event.target.value)}>
          <option value="">{t('ics.export.all', { count: detail.events.length })}</option>
          {choices.map(({ member, count: n }) => (
            <option key={member.id} value={member.id}>
              {t('ics.export.member', { name: memberName(i18n.language, member), count: n })}
            </option>
          ))}
        </select>
      </Field>
      {error !== undefined && <IcsError message={t('ics.export.failed')} cause={error} />}
    </Dialog>
  );
}
