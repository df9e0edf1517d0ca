// Saving a drag or resize at once through events.update. The cached trip takes the new times before the save is
// sent, so the event stays where it was dropped; the answer replaces it; on failure the event goes back to where it
// was and a toast says so. While the save is on its way the trip is not re-read, so an older answer cannot move it back.
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { callKey, holdQuery } from '../../api/cache';
import { useMutate } from '../../api/query';
import { useToast } from '../../components/Toasts';
import type { Times } from './calendarModel';
import { errorReason } from './errorReason';

interface Dropped {
  /** The event as it was before the drop, to go back to; absent when the trip was not loaded. */
  event: TripEvent | undefined;
  release: () => void;
}

/** The cached trip with one event's times replaced. */
function withTimes(detail: TripDetail | undefined, id: string, times: Times): TripDetail | undefined {
  return detail && { ...detail, events: detail.events.map((e) => (e.id === id ? { ...e, ...times } : e)) };
}

export function useCalendarEdits(tripId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const inFlight = useRef(new Set<Promise<unknown>>());
  const key = callKey('trips.get', { id: tripId });

  const update = useMutate<'events.update', Dropped>('events.update', {
    onMutate: async (input) => {
      const release = holdQuery(queryClient, key);
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const event = queryClient.getQueryData<TripDetail>(key)?.events.find((e) => e.id === input.id);
      const times = { start: input.patch.start ?? '', end: input.patch.end ?? '' };
      queryClient.setQueryData<TripDetail>(key, (detail) => withTimes(detail, input.id, times));
      return { event, release };
    },
    onError: (error, _input, dropped) => {
      if (!dropped?.event) return;
      // Only this event goes back: another drop saved meanwhile keeps its place.
      const { event } = dropped;
      queryClient.setQueryData<TripDetail>(key, (detail) => withTimes(detail, event.id, { start: event.start, end: event.end }));
      toast(t('itinerary.saving.failed', { title: event.title, reason: errorReason(t, error) }));
    },
    onSettled: (_output, _error, _input, dropped) => dropped?.release(),
  });
  const { mutateAsync } = update;

  const saveTimes = useCallback(
    (event: TripEvent, times: Times) => {
      if (times.start === event.start && times.end === event.end) return;
      const saving = mutateAsync({ id: event.id, tripId, patch: { start: times.start, end: times.end } });
      inFlight.current.add(saving);
      void saving.catch(() => undefined).finally(() => inFlight.current.delete(saving));
    },
    [mutateAsync, tripId],
  );

  /** Resolves once every save under way has finished, so an undo pressed straight after a drop undoes that drop. */
  const settled = useCallback(async () => {
    await Promise.allSettled([...inFlight.current]);
  }, []);

  return { saveTimes, settled };
}
