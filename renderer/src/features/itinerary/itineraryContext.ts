// What the calendar's custom pieces (toolbar, event boxes) need from the page, passed by context so that the
// components handed to react-big-calendar stay the same objects between renders (new ones would remount it).
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';
import type { Trip } from '../../../../shared/model';

export interface ItineraryContextValue {
  trip: Trip;
  t: TFunction;
  history: { run: (kind: 'undo' | 'redo') => void; busy: boolean };
  openEvent: (eventId: string) => void;
  /** The cities a day is spent in, in order ("Hangzhou → Shanghai"), from shared/domain/place.ts. */
  dayCities: (date: string) => string;
}

export const ItineraryContext = createContext<ItineraryContextValue | null>(null);

export function useItinerary(): ItineraryContextValue {
  const value = useContext(ItineraryContext);
  if (!value) throw new Error('useItinerary() needs an <ItineraryContext.Provider> above it');
  return value;
}
