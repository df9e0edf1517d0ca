// Deleting an event that colleagues wrote notes on: the notes go with it, so it asks first and says whose. An event
// with no one else's notes is deleted at once, with Undo (EventEditor).
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function DeleteEventDialog({ title, authors, onDelete, onClose }: { title: string; authors: string[]; onDelete: () => void; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(authors);
  return (
    <ConfirmDialog
      title={t('events.deleteWithNotes.title')}
      body={t('events.deleteWithNotes.body', { title, names })}
      confirm={t('events.deleteWithNotes.confirm')}
      keep={t('events.deleteWithNotes.keep')}
      onConfirm={onDelete}
      onKeep={onClose}
    />
  );
}

/** Who other than `meId` has written on the event: one name per author with a non-empty note. */
export function otherAuthors(notes: readonly { eventId: string; authorId?: string; body: string; deleted?: boolean }[], eventId: string, meId: string | undefined, nameOf: (id: string | undefined) => string): string[] {
  const ids = new Set(notes.filter((n) => n.eventId === eventId && !n.deleted && n.body.trim() !== '' && n.authorId !== meId).map((n) => n.authorId));
  return [...ids].map(nameOf);
}
