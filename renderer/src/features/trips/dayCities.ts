// The words under a day's heading in the trip overview: the cities the day is spent in, from shared/domain/place.ts
// (the same answer the calendar and the PDF give), with each leg's country.
import { cityText, dayPlaces, eventPlaces, type EventPlaces, type PlaceLanguage } from '../../../../shared/domain/place';
import type { Trip, TripEvent } from '../../../../shared/model';
import { dateInZone } from '../../i18n/format';

/** A day's heading: its cities in order ("Hong Kong → Hangzhou, China"); a leg's city carries its country. Empty
 *  for a day the trip has no leg, journey or event on. */
export function dayCitiesText(trip: Trip, events: readonly TripEvent[], date: string, language: PlaceLanguage, places?: Map<string, EventPlaces>): string {
  const legs = new Map(trip.legs.map((leg) => [leg.id, leg]));
  const found = dayPlaces(trip, events, date, places ?? eventPlaces(trip, events));
  // The home zone's city stands in only when nothing else names the day; the heading says "no leg" then.
  if (found.length === 1 && !found[0]!.legId && !events.some((e) => !e.deleted && e.status !== 'cancelled' && dateInZone(e.start, e.timeZone) === date)) return '';
  return found
    .map((p) => {
      const leg = p.legId ? legs.get(p.legId) : undefined;
      const city = cityText(p, language);
      return leg?.country ? `${city}, ${leg.country}` : city;
    })
    .join(' → ');
}
