// Undo and redo for one trip (history.undo/redo with its id), from the toolbar buttons and from Ctrl/Cmd+Z,
// Ctrl/Cmd+Shift+Z and Ctrl+Y; a toast says what was undone, in words ("Undid: move “Lunch”").
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient } from '../../api/context';
import { useWritten } from '../../api/query';
import { useToast } from '../../components/Toasts';
import { errorReason } from './errorReason';
import { historyText } from './eventText';
import { calendarOwnsKeys, historyKey } from './shortcuts';

/** `settled` resolves when the calendar's own saves have finished: an undo must come after the change it undoes. */
export function useHistory(tripId: string, settled: () => Promise<void>): { run: (kind: 'undo' | 'redo') => void; busy: boolean } {
  const { t } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  const run = useCallback(
    (kind: 'undo' | 'redo') => {
      // One step at a time: a held-down Ctrl+Z should not race the backend.
      if (running.current) return;
      running.current = true;
      setBusy(true);
      settled()
        .then(() => client.call(kind === 'undo' ? 'history.undo' : 'history.redo', { tripId }))
        .then((answer) => {
          const { step } = answer;
          if (!step) {
            toast(t(kind === 'undo' ? 'itinerary.history.nothingToUndo' : 'itinerary.history.nothingToRedo'));
            return;
          }
          toast(t(kind === 'undo' ? 'itinerary.history.undid' : 'itinerary.history.redid', { what: historyText(t, step) }));
          written(kind === 'undo' ? 'history.undo' : 'history.redo', { tripId }, answer);
        })
        .catch((error: unknown) => {
          toast(t('itinerary.history.failed', { reason: errorReason(t, error) }));
        })
        .finally(() => {
          running.current = false;
          setBusy(false);
        });
    },
    [client, written, settled, t, toast, tripId],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent): void => {
      const kind = historyKey(e);
      if (!kind) return;
      const dialogOpen = document.querySelector('dialog[open]') !== null;
      if (!calendarOwnsKeys(e.target instanceof Element ? (e.target as HTMLElement) : null, dialogOpen)) return;
      e.preventDefault();
      run(kind);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  return { run, busy };
}
