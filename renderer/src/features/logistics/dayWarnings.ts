// The logistics warnings (shared/domain/logistics/warnings.ts) that concern one day of the Logistics tab, worded in
// the reader's language by kind and details (the rule's own message is English, as the clashes' are).
import type { TFunction } from 'i18next';
import type { LogisticsWarning } from '../../../../shared/domain/logistics/warnings';

/** A day's warnings: those dated that day, and those about one of its rides. */
export function warningsOfDay(warnings: readonly LogisticsWarning[], date: string, dayRideIds: readonly string[]): LogisticsWarning[] {
  return warnings.filter((w) => w.date === date || w.rideIds.some((id) => dayRideIds.includes(id)));
}

export interface WarningNames {
  member: (id: string) => string;
  car: (id: string) => string;
  date: (date: string) => string;
  list: (items: string[]) => string;
}

export function warningText(t: TFunction, w: LogisticsWarning, names: WarningNames): string {
  const members = names.list(w.memberIds.map(names.member));
  const car = w.vehicleId ? names.car(w.vehicleId) : '';
  const nights = names.list((w.details.nights ?? (w.date ? [w.date] : [])).map(names.date));
  return t(`logistics.warnings.${w.kind}`, {
    members,
    car,
    nights,
    date: w.date ? names.date(w.date) : '',
    arrival: w.details.arrivalDate ? names.date(w.details.arrivalDate) : '',
    seats: w.details.seats ?? 0,
    passengers: w.details.passengers ?? w.memberIds.length,
    minutes: w.details.minutesAfterLanding ?? 0,
    margin: w.details.marginMinutes ?? 0,
  });
}
