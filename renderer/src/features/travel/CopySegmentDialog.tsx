// "Copy this segment to other members": the members chosen travel on the same journey (they join its passengers,
// with no seat yet), so one flight typed once serves everyone on it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, TripEvent } from '../../../../shared/model';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { nameIn } from '../../i18n/names';
import { flightText } from './manifestModel';

export function CopySegmentDialog({
  journey,
  from,
  segment,
  members,
  onCopy,
  onClose,
}: {
  journey: TripEvent;
  from: Member;
  segment: string;
  members: Member[];
  onCopy: (memberIds: string[]) => Promise<void>;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const others = members.filter((m) => !journey.memberIds.includes(m.id));
  const journeyName = flightText(journey.travel) || journey.title;

  const copy = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      await onCopy(chosen);
      onClose();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('travel.copy.title', { journey: journeyName })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={() => void copy()} disabled={busy || chosen.length === 0}>
            {t('travel.copy.confirm', { count: chosen.length })}
          </button>
        </>
      }
    >
      <p>{t('travel.copy.intro', { name: nameIn(from.name, i18n.language), segment, journey: journeyName })}</p>
      {error !== undefined && <ErrorMessage error={error} />}
      {others.length === 0 ? (
        <p className="muted">{t('travel.copy.everyone')}</p>
      ) : (
        <ul className="copy-segment__list" aria-label={t('travel.copy.members')}>
          {others.map((member, index) => (
            <li key={member.id}>
              <label className="member-checklist__item">
                <input
                  type="checkbox"
                  checked={chosen.includes(member.id)}
                  onChange={(e) => setChosen(e.target.checked ? [...chosen, member.id] : chosen.filter((id) => id !== member.id))}
                  {...(index === 0 ? { 'data-autofocus': true } : {})}
                />
                <span>
                  <span className="member-checklist__name">{nameIn(member.name, i18n.language)}</span>
                  {member.title && <span className="member-checklist__role muted">{member.title}</span>}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
