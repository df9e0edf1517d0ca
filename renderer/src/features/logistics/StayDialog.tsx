// Adds or edits a stay: the hotel and its address in English and Chinese (the Chinese one goes to drivers and maps),
// the dates, and its rooms with who sleeps in each (members may share a room).
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Room, Stay } from '../../../../shared/model';
import { useMutate } from '../../api/query';
import { DateField } from '../../components/DateTimeField';
import { Dialog } from '../../components/Dialog';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { Field } from '../../components/Field';
import { nameIn } from '../../i18n/names';
import { useErrorReason } from './useSaveError';

const formId = 'stay-form';

type Draft = Pick<Stay, 'hotel' | 'address' | 'phone' | 'checkIn' | 'checkOut' | 'rooms'>;
const emptyRoom: Room = { memberIds: [], roomType: '', number: '', confirmation: '' };

export function StayDialog({ tripId, stay, members, firstDay, lastDay, onClose }: { tripId: string; stay?: Stay; members: Member[]; firstDay: string; lastDay: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const reason = useErrorReason();
  const [draft, setDraft] = useState<Draft>(() => ({
    hotel: stay?.hotel ?? { en: '', zh: '' },
    address: stay?.address ?? { en: '', zh: '' },
    phone: stay?.phone ?? '',
    checkIn: stay?.checkIn ?? firstDay,
    checkOut: stay?.checkOut ?? lastDay,
    rooms: stay?.rooms ?? [emptyRoom],
  }));
  // Escape, Cancel, × and leaving the page ask before typed changes are lost, as every editing form does.
  const [initial] = useState(() => JSON.stringify(draft));
  const guard = useDiscardGuard(JSON.stringify(draft) !== initial, onClose);
  const create = useMutate('stays.create');
  const update = useMutate('stays.update');
  const [error, setError] = useState<string>();
  const busy = create.isPending || update.isPending;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setRoom = (index: number, patch: Partial<Room>) => setDraft((d) => ({ ...d, rooms: d.rooms.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
  const toggleMember = (index: number, memberId: string, on: boolean) => {
    const room = draft.rooms[index];
    if (!room) return;
    setRoom(index, { memberIds: on ? [...room.memberIds, memberId] : room.memberIds.filter((id) => id !== memberId) });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    try {
      if (stay) await update.mutateAsync({ id: stay.id, tripId, patch: draft });
      else await create.mutateAsync({ tripId, ...draft });
      guard.release();
      onClose();
    } catch (caught) {
      setError(t('logistics.common.saveFailed', { reason: reason(caught) }));
    }
  };

  return (
    <>
      <Dialog
        title={stay ? t('logistics.stays.edit') : t('logistics.stays.title')}
        onClose={guard.close}
        size="large"
        footer={
          <>
            <button type="button" className="button" onClick={guard.close}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={busy}>
              {busy ? t('logistics.common.saving') : t('logistics.common.save')}
            </button>
          </>
        }
      >
        <form id={formId} className="logistics-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="logistics-form__grid">
            <Field label={t('logistics.stays.hotelEn')}>
              <input type="text" value={draft.hotel.en} onChange={(e) => set({ hotel: { ...draft.hotel, en: e.target.value } })} data-autofocus />
            </Field>
            <Field label={t('logistics.stays.hotelZh')}>
              <input type="text" lang="zh" value={draft.hotel.zh} onChange={(e) => set({ hotel: { ...draft.hotel, zh: e.target.value } })} />
            </Field>
            <Field label={t('logistics.stays.addressEn')}>
              <input type="text" value={draft.address.en} onChange={(e) => set({ address: { ...draft.address, en: e.target.value } })} />
            </Field>
            <Field label={t('logistics.stays.addressZh')}>
              <input type="text" lang="zh" value={draft.address.zh} onChange={(e) => set({ address: { ...draft.address, zh: e.target.value } })} />
            </Field>
            <Field label={t('logistics.stays.checkIn')}>
              <DateField value={draft.checkIn} onChange={(checkIn) => set({ checkIn })} />
            </Field>
            <Field label={t('logistics.stays.checkOut')}>
              <DateField value={draft.checkOut} onChange={(checkOut) => set({ checkOut })} openAt={draft.checkIn} />
            </Field>
            <Field label={t('logistics.stays.phone')}>
              <input type="tel" value={draft.phone} onChange={(e) => set({ phone: e.target.value })} />
            </Field>
          </div>
          <h3 className="logistics-form__subhead">{t('logistics.stays.rooms')}</h3>
          <ol className="logistics-rooms">
            {draft.rooms.map((room, index) => (
              <li key={index} className="logistics-room">
                <div className="logistics-form__grid">
                  <Field label={t('logistics.stays.roomType')}>
                    <input type="text" value={room.roomType} onChange={(e) => setRoom(index, { roomType: e.target.value })} />
                  </Field>
                  <Field label={t('logistics.stays.roomNumber')}>
                    <input type="text" value={room.number} onChange={(e) => setRoom(index, { number: e.target.value })} />
                  </Field>
                  <Field label={t('logistics.stays.confirmation')}>
                    <input type="text" value={room.confirmation} onChange={(e) => setRoom(index, { confirmation: e.target.value })} />
                  </Field>
                </div>
                <fieldset className="logistics-room__members">
                  <legend>{t('logistics.stays.roomMembers', { n: index + 1 })}</legend>
                  {members.map((m) => (
                    <label key={m.id} className="logistics-check">
                      <input type="checkbox" checked={room.memberIds.includes(m.id)} onChange={(e) => toggleMember(index, m.id, e.target.checked)} />
                      {nameIn(m.name, i18n.language)}
                    </label>
                  ))}
                </fieldset>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => set({ rooms: draft.rooms.filter((_, i) => i !== index) })}>
                  {t('logistics.stays.removeRoom', { n: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          <button type="button" className="button button--small" onClick={() => set({ rooms: [...draft.rooms, emptyRoom] })}>
            {t('logistics.stays.addRoom')}
          </button>
          {error && (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          )}
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}
