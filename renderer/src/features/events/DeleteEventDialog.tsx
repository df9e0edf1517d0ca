// Deleting an event that colleagues wrote notes on: the notes go with it, so it asks first and says whose. An event
// with no one else's notes is deleted at once, with Undo (EventEditor).
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';

export function DeleteEventDialog({ title, authors, onDelete, onClose }: { title: string; authors: string[]; onDelete: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(authors);
  return (
    <Dialog
      title={t('events.deleteWithNotes.title')}
      onClose={onClose}
      describedBy="delete-event-body"
      footer={
        <>
          <button type="button" className="button button--danger" onClick={onDelete}>
            {t('events.deleteWithNotes.confirm')}
          </button>
          <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
            {t('events.deleteWithNotes.keep')}
          </button>
        </>
      }
    >
      <p id="delete-event-body">{t('events.deleteWithNotes.body', { title, names })}</p>
    </Dialog>
  );
}

/** Who other than `meId` has written on the event: one name per author with a non-empty note. */
export function otherAuthors(notes: readonly { eventId: string; authorId?: string; body: string; deleted?: boolean }[], eventId: string, meId: string | undefined, nameOf: (id: string | undefined) => string): string[] {
  const ids = new Set(notes.filter((n) => n.eventId === eventId && !n.deleted && n.body.trim() !== '' && n.authorId !== meId).map((n) => n.authorId));
  return [...ids].map(nameOf);
}
