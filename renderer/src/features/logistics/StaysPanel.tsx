// The trip's hotels: address in both languages, the nights, and each room with who sleeps there (sharing marked).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member, Stay } from '../../../../shared/model';
import { useMutate } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { datesBetween, useFormat } from '../../i18n/format';
import { nameIn } from '../../i18n/names';
import { inPrecedence } from './rideModel';
import { StayDialog } from './StayDialog';
import { useErrorReason } from './useSaveError';

export function StaysPanel({ tripId, stays, members, firstDay, lastDay }: { tripId: string; stays: Stay[]; members: Member[]; firstDay: string; lastDay: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const reason = useErrorReason();
  const [editing, setEditing] = useState<Stay | 'new'>();
  const [deleting, setDeleting] = useState<Stay>();
  const remove = useMutate('stays.delete');
  const byId = new Map(members.map((m) => [m.id, m]));
  const hotelName = (s: Stay) => (i18n.language.startsWith('zh') ? s.hotel.zh || s.hotel.en : s.hotel.en || s.hotel.zh) || t('logistics.stays.unnamed');

  return (
    <section className="panel logistics-panel logistics-stays" aria-labelledby="stays-heading">
      <div className="logistics-panel__head">
        <h2 id="stays-heading">{t('logistics.stays.heading')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('logistics.stays.add')}
        </button>
      </div>
      {stays.length === 0 ? (
        <p className="muted">{t('logistics.stays.empty')}</p>
      ) : (
        <ul className="logistics-cards">
          {stays.map((s) => (
            <li key={s.id} className="logistics-card" aria-label={hotelName(s)}>
              <p className="logistics-card__title">
                <strong>{hotelName(s)}</strong>
              </p>
              {(s.address.zh || s.address.en) && (
                <p className="muted">
                  {s.address.zh && <span lang="zh">{s.address.zh}</span>}
                  {s.address.zh && s.address.en && <br />}
                  {s.address.en}
                </p>
              )}
              <p>
                {format.range(s.checkIn, s.checkOut)} · {t('logistics.stays.nights', { count: Math.max(0, datesBetween(s.checkIn, s.checkOut).length - 1) })}
              </p>
              {s.rooms.length === 0 ? (
                <p className="muted">{t('logistics.stays.noRooms')}</p>
              ) : (
                <ul className="logistics-room-list">
                  {s.rooms.map((room, index) => (
                    <li key={index}>
                      <span className="logistics-room-list__room">{room.number || t('logistics.stays.room', { n: index + 1 })}</span>
                      {room.roomType && <span className="muted"> {room.roomType}</span>}
                      {': '}
                      {inPrecedence(room.memberIds, members)
                        .map((id) => (byId.get(id) ? nameIn(byId.get(id)!.name, i18n.language) : id))
                        .join(', ')}
                      {room.memberIds.length > 1 && <span className="logistics-tag">{t('logistics.stays.sharing')}</span>}
                    </li>
                  ))}
                </ul>
              )}
              <div className="logistics-card__actions">
                <button type="button" className="button button--small" onClick={() => setEditing(s)} aria-label={t('logistics.stays.editNamed', { name: hotelName(s) })}>
                  {t('common.edit')}
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setDeleting(s)} aria-label={t('logistics.stays.delete', { name: hotelName(s) })}>
                  {t('logistics.common.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <StayDialog tripId={tripId} stay={editing === 'new' ? undefined : editing} members={members} firstDay={firstDay} lastDay={lastDay} onClose={() => setEditing(undefined)} />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('logistics.stays.delete', { name: hotelName(deleting) })}
          body={hotelName(deleting)}
          confirm={t('logistics.common.delete')}
          keep={t('logistics.common.keep')}
          onKeep={() => setDeleting(undefined)}
          onConfirm={() => {
            const stay = deleting;
            setDeleting(undefined);
            remove.mutate({ tripId, id: stay.id }, { onError: (error) => toast(t('logistics.common.saveFailed', { reason: reason(error) })) });
          }}
        />
      )}
    </section>
  );
}
