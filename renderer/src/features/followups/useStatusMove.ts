// Moving a follow-up to another status, from a drop or the card's status list: the cached lists take the new status
// at once (optimistic), the backend is asked, and on failure the card goes back with a toast that says why and offers
// to try again. Success gives a toast with Undo (history.undo for the follow-up's trip).
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { holdQuery } from '../../api/cache';
import { useMutate } from '../../api/query';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';

/** Sets one follow-up's status in every cached follow-up list. */
function setStatusIn(rows: FollowUpRow[] | undefined, id: string, status: FollowUpStatus): FollowUpRow[] | undefined {
  return rows?.map((row) => (row.followUp.id === id && row.followUp.status !== status ? { ...row, followUp: { ...row.followUp, status } } : row));
}

interface Moved {
  previous: FollowUpStatus;
  release: () => void;
}

export function useStatusMove(): (row: FollowUpRow, status: FollowUpStatus) => void {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const lists: QueryKey = ['followups.list'];

  const setStatus = useMutate<'followups.setStatus', Moved>('followups.setStatus', {
    onMutate: async ({ id, status }) => {
      // Every list shown holds the card: none is re-read until the move has settled.
      const releases = queryClient.getQueryCache().findAll({ queryKey: lists }).map((query) => holdQuery(queryClient, query.queryKey));
      await queryClient.cancelQueries({ queryKey: lists });
      const previous = queryClient.getQueriesData<FollowUpRow[]>({ queryKey: lists }).flatMap(([, rows]) => rows ?? []).find((r) => r.followUp.id === id)?.followUp.status ?? status;
      queryClient.setQueriesData<FollowUpRow[]>({ queryKey: lists }, (rows) => setStatusIn(rows, id, status));
      return { previous, release: () => releases.forEach((release) => release()) };
    },
    onError: (_error, { id }, moved) => {
      if (moved) queryClient.setQueriesData<FollowUpRow[]>({ queryKey: lists }, (rows) => setStatusIn(rows, id, moved.previous));
    },
    onSettled: (_output, _error, _input, moved) => moved?.release(),
  });
  const undo = useMutate('history.undo');
  // mutateAsync, not mutate: mutate's own callbacks fire only for the latest of several moves made in a row.
  const { mutateAsync: save } = setStatus;
  const { mutateAsync: undoStep } = undo;

  return useCallback(
    (row: FollowUpRow, status: FollowUpStatus): void => {
      const { id, tripId, title } = row.followUp;
      const previous = row.followUp.status;
      if (previous === status) return;
      const words = { title, status: t(`followups.status.${status}`), previous: t(`followups.status.${previous}`) };
      const back = (): void => {
        undoStep({ tripId }).then(
          () => toast(t('followups.move.undone', { title, status: words.previous })),
          (error: unknown) => toast(t('followups.move.undoFailed', { reason: reason(error, t) })),
        );
      };
      const attempt = (): void => {
        save({ id, tripId, status }).then(
          () => toast(t('followups.move.moved', words), { label: t('common.undo'), run: back }),
          (error: unknown) => toast(t('followups.move.failed', { ...words, reason: reason(error, t) }), { label: t('common.retry'), run: attempt }),
        );
      };
      attempt();
    },
    [save, undoStep, toast, t],
  );
}

function reason(error: unknown, t: TFunction): string {
  const { key, detail } = describeError(error);
  return detail ? `${t(`errors.${key}`)} (${detail})` : t(`errors.${key}`);
}
