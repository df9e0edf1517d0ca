// Deleting my note, with the offer to purge its text from this laptop's files and backups as well (see README,
// "Deleting a note"). Without purging the delete can be undone; with it, the text is gone from this laptop.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotePurge } from '../../../../shared/contract';
import { useClient } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';

export function DeleteNoteDialog({
  tripId,
  noteId,
  onDeleted,
  onClose,
}: {
  tripId: string;
  noteId: string;
  onDeleted: (purged: NotePurge | undefined) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const client = useClient();
  const [purge, setPurge] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  const remove = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const result = await client.call('notes.delete', { id: noteId, tripId, purge });
      onDeleted(result.purged);
    } catch (failure) {
      setError(failure);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t('notes.delete.title')}
      onClose={onClose}
      describedBy="delete-note-body"
      footer={
        <>
          <button type="button" className="button" onClick={onClose} disabled={busy} data-autofocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void remove()} disabled={busy}>
            {purge ? t('notes.delete.confirmPurge') : t('notes.delete.confirm')}
          </button>
        </>
      }
    >
      <p id="delete-note-body">{t('notes.delete.body')}</p>
      <label className="delete-note__purge">
        <input type="checkbox" checked={purge} onChange={(e) => setPurge(e.target.checked)} disabled={busy} />
        <span>{t('notes.delete.purge')}</span>
      </label>
      <p className="field__hint delete-note__hint">{t('notes.delete.purgeHint')}</p>
      {error !== undefined && <ErrorMessage error={error} />}
    </Dialog>
  );
}
