// A day's column heading in the time grid: the date, and under it the city the delegation is in that day.
import type { HeaderProps } from 'react-big-calendar';
import { legForDate } from '../../../../shared/domain/time';
import { dayOf } from './calendarModel';
import { useItinerary } from './itineraryContext';

export function DayHeader({ label, date }: HeaderProps) {
  const { trip } = useItinerary();
  const day = dayOf(date);
  const leg = day >= trip.startDate && day <= trip.endDate ? legForDate(trip, day) : undefined;
  return (
    <span className="itin-day-header">
      <span className="itin-day-header__date">{label}</span>
      {leg && <span className="itin-day-header__city">{leg.city}</span>}
    </span>
  );
}
