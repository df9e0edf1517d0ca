// Moving a follow-up to another status, from a drop or the card's status list: the card moves at once (optimistic),
// the backend is asked, and on failure the card goes back with a toast that says why and offers to try again.
// Success gives a toast with Undo (history.undo for the follow-up's trip).
import type { TFunction } from 'i18next';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpRow } from '../../../../shared/contract';
import type { FollowUpStatus } from '../../../../shared/model';
import { useClient } from '../../api';
import { useInvalidate } from '../../api/useData';
import { describeError } from '../../components/ErrorMessage';
import { useToast } from '../../components/Toasts';
import type { PendingMoves } from './boardModel';

interface Move {
  status: FollowUpStatus;
  /** Once the backend has accepted it: the rows shown then. Fresh rows carry the move themselves, so it is dropped. */
  acceptedWith?: FollowUpRow[];
}

export function useStatusMove(rows: FollowUpRow[] | undefined): { pending: PendingMoves; move: (row: FollowUpRow, status: FollowUpStatus) => void } {
  const { t } = useTranslation();
  const client = useClient();
  const invalidate = useInvalidate();
  const toast = useToast();
  const [moves, setMoves] = useState<ReadonlyMap<string, Move>>(new Map());
  const shownRows = useRef(rows);
  useEffect(() => {
    shownRows.current = rows;
  }, [rows]);

  const pending = useMemo<PendingMoves>(() => {
    const live = [...moves].filter(([, m]) => !m.acceptedWith || m.acceptedWith === rows);
    return new Map(live.map(([id, m]) => [id, m.status]));
  }, [moves, rows]);

  const update = useCallback((id: string, next: Move | undefined) => {
    setMoves((map) => {
      const copy = new Map(map);
      if (next) copy.set(id, next);
      else copy.delete(id);
      return copy;
    });
  }, []);

  const move = useCallback(
    (row: FollowUpRow, status: FollowUpStatus): void => {
      const { id, tripId, title } = row.followUp;
      const previous = row.followUp.status;
      if (previous === status) return;
      const words = { title, status: t(`followups.status.${status}`), previous: t(`followups.status.${previous}`) };
      const attempt = (): void => {
        update(id, { status });
        client.call('followups.setStatus', { id, tripId, status }).then(
          () => {
            update(id, { status, acceptedWith: shownRows.current });
            invalidate();
            const undo = (): void => {
              client.call('history.undo', { tripId }).then(
                () => {
                  update(id, undefined);
                  invalidate();
                  toast(t('followups.move.undone', { title, status: words.previous }));
                },
                (error: unknown) => toast(t('followups.move.undoFailed', { reason: reason(error, t) })),
              );
            };
            toast(t('followups.move.moved', words), { label: t('common.undo'), run: undo });
          },
          (error: unknown) => {
            update(id, undefined);
            toast(t('followups.move.failed', { ...words, reason: reason(error, t) }), { label: t('common.retry'), run: attempt });
          },
        );
      };
      attempt();
    },
    [client, invalidate, toast, t, update],
  );

  return { pending, move };
}

function reason(error: unknown, t: TFunction): string {
  const { key, detail } = describeError(error);
  return detail ? `${t(`errors.${key}`)} (${detail})` : t(`errors.${key}`);
}
