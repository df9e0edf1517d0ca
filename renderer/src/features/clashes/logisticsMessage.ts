// Logistics warnings in the reader's language, built from the warning's kind, ids and details (the domain's `message`
// is English only), with times on each ride's or journey's own clock and people named in the reader's script.
import type { TFunction } from 'i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { LogisticsWarning } from '../../../../shared/domain/logistics/warnings';
import { formatCalendarDate } from '../../i18n/format';
import { listSeparator, nameIn } from '../../i18n/names';
import { whenLabel } from './clashMessage';

export type LogisticsContext = Pick<TripDetail, 'events' | 'members' | 'stays' | 'vehicles' | 'rides'> & { language: string };

export function logisticsMessage(w: LogisticsWarning, ctx: LogisticsContext, t: TFunction): string {
  const { language } = ctx;
  const zh = language !== 'en';
  const who = w.memberIds.map((id) => {
    const m = ctx.members.find((x) => x.id === id);
    return m ? nameIn(m.name, language) : id;
  }).join(listSeparator(language));
  const date = (d: string | undefined) => (d ? formatCalendarDate(language, d) : '');
  const hotel = (id: string | undefined) => {
    const s = ctx.stays.find((x) => x.id === id);
    return (zh ? s?.hotel.zh || s?.hotel.en : s?.hotel.en || s?.hotel.zh) || t('logisticsWarnings.aHotel');
  };
  const ride = (id: string | undefined) => ctx.rides.find((r) => r.id === id);
  const rideWhen = (id: string | undefined) => {
    const r = ride(id);
    return r ? whenLabel(r.pickUpAt, r.timeZone, language) : '';
  };
  const car = ctx.vehicles.find((v) => v.id === w.vehicleId)?.label || t('logisticsWarnings.aCar');
  const d = w.details;

  switch (w.kind) {
    case 'no-arrival':
      return t('logisticsWarnings.noArrival', { who });
    case 'no-departure':
      return t('logisticsWarnings.noDeparture', { who });
    case 'night-without-stay': {
      const nights = d.nights ?? [];
      return t('logisticsWarnings.nightWithoutStay', { who, count: nights.length, nights: nights.map(date).join(listSeparator(language)) });
    }
    case 'stay-before-arrival':
      return t('logisticsWarnings.stayBeforeArrival', { who, hotel: hotel(w.stayIds[0]), checkIn: date(w.date), arrival: date(d.arrivalDate) });
    case 'car-over-seats':
      return t('logisticsWarnings.carOverSeats', { car, count: d.seats ?? 0, passengers: d.passengers ?? 0, when: rideWhen(w.rideIds[0]) });
    case 'car-double-booked':
      return t('logisticsWarnings.carDoubleBooked', { car, a: rideWhen(w.rideIds[0]), b: rideWhen(w.rideIds[1]) });
    case 'pick-up-before-landing': {
      const journey = ctx.events.find((e) => e.id === w.eventIds[0])?.title ?? '';
      const after = d.minutesAfterLanding ?? 0;
      const key = after < 0 ? 'logisticsWarnings.pickUpBefore' : 'logisticsWarnings.pickUpSoon';
      return t(key, { who, when: rideWhen(w.rideIds[0]), minutes: Math.abs(after), journey, margin: d.marginMinutes ?? 0 });
    }
    case 'member-in-two-rooms':
      return t('logisticsWarnings.twoRooms', { who, date: date(w.date), hotels: w.stayIds.map(hotel).join(listSeparator(language)) });
  }
}

/** Warnings by date (those without one last), then by kind in the order the rules are listed. */
export function sortLogisticsWarnings(warnings: LogisticsWarning[]): LogisticsWarning[] {
  return [...warnings].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
}
