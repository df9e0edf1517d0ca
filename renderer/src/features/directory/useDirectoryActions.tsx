// Create, edit, delete and merge directory records from any directory view: the dialogs, the confirmation, and the
// "Undo" toast after a delete or a merge (history.undo takes back the newest step).
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '../../../../shared/model';
import { useClient } from '../../api';
import { useRefresh, useWritten } from '../../api/query';
import type { DirectorySection } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import { createdTargets, focusWhenShown } from '../../components/focusCreated';
import { deleteRecord } from './directoryApi';
import type { DirectoryValues } from './directoryForm';
import type { DirectoryRecord } from './directoryLogic';
import { MergeDialog } from './MergeDialog';
import { RecordForm } from './RecordForm';

export interface DirectoryActions {
  create: (section: DirectorySection, preset?: Partial<DirectoryValues>) => void;
  edit: (section: DirectorySection, record: DirectoryRecord) => void;
  remove: (section: DirectorySection, record: DirectoryRecord) => void;
  merge: (section: DirectorySection, records: DirectoryRecord[]) => void;
  /** Render this where the dialogs should live. */
  dialogs: ReactNode;
}

interface Options {
  organisations: Organisation[];
  afterDelete?: (record: DirectoryRecord) => void;
}

export function useDirectoryActions({ organisations, afterDelete }: Options): DirectoryActions {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const refresh = useRefresh();
  const toast = useToast();
  const [form, setForm] = useState<{ section: DirectorySection; record?: DirectoryRecord; preset?: Partial<DirectoryValues> } | null>(null);
  const [deleting, setDeleting] = useState<{ section: DirectorySection; record: DirectoryRecord } | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);
  const [merging, setMerging] = useState<{ section: DirectorySection; records: DirectoryRecord[] } | null>(null);

  // Directory steps belong to no trip, so undo without a tripId: the newest step, which is the one just made.
  const undo = (): void => {
    client.call('history.undo', {}).then(
      (answer) => {
        const { step } = answer;
        written('history.undo', {}, answer);
        toast(step ? t('directory.toast.undone', { name: step.subject }) : t('directory.toast.nothingToUndo'));
      },
      () => toast(t('directory.toast.undoFailed')),
    );
  };
  const undoAction = { label: t('common.undo'), run: undo };

  const confirmDelete = async ({ section, record }: { section: DirectorySection; record: DirectoryRecord }): Promise<void> => {
    try {
      await deleteRecord(client, section, record.id);
      setDeleting(null);
      refresh(['members', 'organisations', 'contacts']);
      afterDelete?.(record);
      toast(t('directory.toast.deleted', { name: record.name.en }), undoAction);
    } catch (error) {
      setDeleteError(error);
    }
  };

  const closeDelete = (): void => {
    setDeleting(null);
    setDeleteError(null);
  };

  const dialogs = (
    <>
      {form && (
        <RecordForm
          section={form.section}
          record={form.record}
          preset={form.preset}
          organisations={organisations}
          onClose={() => setForm(null)}
          onSaved={(record, created) => {
            setForm(null);
            refresh(['members', 'organisations', 'contacts']);
            toast(created ? t('directory.toast.created', { name: record.name.en }) : t('directory.toast.saved', { name: record.name.en }));
            if (created) focusWhenShown(createdTargets.directory(form.section, record.id));
          }}
        />
      )}
      {deleting && (
        <Dialog
          title={t('directory.delete.title')}
          onClose={closeDelete}
          describedBy="delete-record-body"
          footer={
            <>
              <button type="button" className="button" onClick={closeDelete} data-autofocus>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void confirmDelete(deleting)}>
                {t('directory.delete.confirm')}
              </button>
            </>
          }
        >
          <p id="delete-record-body">{t('directory.delete.body', { name: deleting.record.name.en })}</p>
          {deleteError !== null && <ErrorMessage error={deleteError} />}
        </Dialog>
      )}
      {merging && (
        <MergeDialog
          section={merging.section}
          records={merging.records}
          organisations={organisations}
          onClose={() => setMerging(null)}
          onMerged={(kept) => {
            setMerging(null);
            // A merge moves every reference, in every trip's events, notes and follow-ups.
            refresh(['trips', 'events', 'notes', 'followups', 'members', 'organisations', 'contacts']);
            toast(t('directory.toast.merged', { name: kept.name.en }), undoAction);
          }}
        />
      )}
    </>
  );

  return {
    create: (section, preset) => setForm({ section, preset }),
    edit: (section, record) => setForm({ section, record }),
    remove: (section, record) => setDeleting({ section, record }),
    merge: (section, records) => setMerging({ section, records }),
    dialogs,
  };
}
