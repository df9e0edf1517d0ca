// A day's column heading in the time grid: the date, and under it the city or cities the delegation is in that day
// (both on a day it moves, even between cities that share a zone).
import type { HeaderProps } from 'react-big-calendar';
import { dayOf } from './calendarModel';
import { useItinerary } from './itineraryContext';

export function DayHeader({ label, date }: HeaderProps) {
  const { trip, dayCities } = useItinerary();
  const day = dayOf(date);
  const cities = day >= trip.startDate && day <= trip.endDate ? dayCities(day) : '';
  return (
    <span className="itin-day-header">
      <span className="itin-day-header__date">{label}</span>
      {cities && <span className="itin-day-header__city">{cities}</span>}
    </span>
  );
}
