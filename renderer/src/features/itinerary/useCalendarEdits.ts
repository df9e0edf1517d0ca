// Saving a drag or resize at once through events.update, with the new times shown while the save is under way so
// the event does not jump back; on failure the event returns to where it was and a toast says so.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripEvent } from '../../../../shared/model';
import { useClient } from '../../api/context';
import { useInvalidate } from '../../api/useData';
import { useToast } from '../../components/Toasts';
import type { Times } from './calendarModel';
import { errorReason } from './errorReason';

interface Pending extends Times {
  /** The events list on screen when the save finished: once a newer list arrives it carries the saved times. */
  savedOver?: readonly TripEvent[];
}

export function useCalendarEdits(tripId: string, events: readonly TripEvent[]) {
  const { t } = useTranslation();
  const client = useClient();
  const invalidate = useInvalidate();
  const toast = useToast();
  const [pending, setPending] = useState<ReadonlyMap<string, Pending>>(new Map());
  const latestEvents = useRef(events);
  const inFlight = useRef(new Set<Promise<unknown>>());
  useEffect(() => {
    latestEvents.current = events;
  }, [events]);

  const saveTimes = useCallback(
    (event: TripEvent, times: Times) => {
      if (times.start === event.start && times.end === event.end) return;
      const change = (update: (map: Map<string, Pending>) => void) =>
        setPending((current) => {
          const next = new Map(current);
          update(next);
          return next;
        });
      change((map) => map.set(event.id, times));
      const saving = client.call('events.update', { id: event.id, tripId, patch: { start: times.start, end: times.end } });
      inFlight.current.add(saving);
      void saving.finally(() => inFlight.current.delete(saving)).catch(() => undefined);
      saving.then(
        () => {
          change((map) => {
            if (map.get(event.id)?.start === times.start) map.set(event.id, { ...times, savedOver: latestEvents.current });
          });
          invalidate();
        },
        (error: unknown) => {
          change((map) => map.delete(event.id));
          toast(t('itinerary.saving.failed', { title: event.title, reason: errorReason(t, error) }));
        },
      );
    },
    [client, invalidate, t, toast, tripId],
  );

  // Only the overrides still ahead of the data on screen: a saved one retires as soon as fresh data arrives, or at
  // once when the list on screen already holds the saved times (the one reload can land before the save's answer).
  const overrides = useMemo(() => {
    const shown = new Map<string, Times>();
    for (const [id, p] of pending) {
      if (p.savedOver && p.savedOver !== events) continue;
      const onScreen = events.find((e) => e.id === id);
      if (p.savedOver && onScreen?.start === p.start && onScreen.end === p.end) continue;
      shown.set(id, { start: p.start, end: p.end });
    }
    return shown;
  }, [pending, events]);
  /** Resolves once every save under way has finished, so an undo pressed straight after a drop undoes that drop. */
  const settled = useCallback(async () => {
    await Promise.allSettled([...inFlight.current]);
  }, []);

  return { saveTimes, overrides, settled };
}
