// Create, edit and delete trips from any page: the dialogs (a new trip opens its page), the confirmation and the
// "Undo" after a delete.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import { useClient } from '../../api';
import { useRefresh, useWritten } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { navigate } from '../../app/router';
import { useToast } from '../../components/Toasts';

// The form (react-hook-form, the schemas, React Aria's date fields) is fetched when a dialog first opens, not with
// the trip list's script (docs/decisions/021-first-screen.md).
const TripForm = lazy(() => import('./TripForm').then((m) => ({ default: m.TripForm })));

export interface TripDialogs {
  create: () => void;
  edit: (trip: Trip) => void;
  remove: (trip: Trip) => void;
  /** Render this where the dialogs should live. */
  dialogs: ReactNode;
}

export function useTripDialogs(options: { afterDelete?: () => void } = {}): TripDialogs {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const refresh = useRefresh();
  const toast = useToast();
  const [form, setForm] = useState<{ trip?: Trip } | null>(null);
  const [deleting, setDeleting] = useState<Trip | null>(null);
  const [deleteError, setDeleteError] = useState<unknown>(null);

  const restore = (trip: Trip): void => {
    client.call('trips.restore', { id: trip.id }).then(
      (restored) => {
        written('trips.restore', { id: trip.id }, restored);
        toast(t('trips.restored', { title: trip.title }));
      },
      () => toast(t('errors.internal')),
    );
  };

  const confirmDelete = async (trip: Trip): Promise<void> => {
    try {
      const answer = await client.call('trips.delete', { id: trip.id });
      setDeleting(null);
      written('trips.delete', { id: trip.id }, answer);
      options.afterDelete?.();
      toast(t('trips.deleted', { title: trip.title }), { label: t('common.undo'), run: () => restore(trip) });
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
        <Suspense fallback={null}>
          <TripForm
          trip={form.trip}
          onClose={() => setForm(null)}
          onSaved={(trip, created) => {
            setForm(null);
            refresh(['trips'], [trip.id]);
            toast(created ? t('trips.created', { title: trip.title }) : t('trips.saved', { title: trip.title }));
            // A new trip is planned next: open its page rather than leave the user to find it in the list.
            if (created) navigate({ page: 'trip', id: trip.id, tab: 'overview' });
          }}
        />
        </Suspense>
      )}
      {deleting && (
        <Dialog
          title={t('trips.deleteTitle')}
          onClose={closeDelete}
          describedBy="delete-trip-body"
          footer={
            <>
              <button type="button" className="button" onClick={closeDelete} data-autofocus>
                {t('common.cancel')}
              </button>
              <button type="button" className="button button--danger" onClick={() => void confirmDelete(deleting)}>
                {t('trips.deleteConfirm')}
              </button>
            </>
          }
        >
          <p id="delete-trip-body">{t('trips.deleteBody', { title: deleting.title })}</p>
          {deleteError !== null && <ErrorMessage error={deleteError} />}
        </Dialog>
      )}
    </>
  );

  return { create: () => setForm({}), edit: (trip) => setForm({ trip }), remove: setDeleting, dialogs };
}
