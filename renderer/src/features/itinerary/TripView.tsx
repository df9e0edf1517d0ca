// The "Whole trip" view: a time grid with one column per day of the trip, first to last. Built like
// react-big-calendar's Week view (lib/Week.js) around its TimeGrid, with the trip's days as the range.
import type { ComponentProps } from 'react';
import type { DateLocalizer, NavigateAction } from 'react-big-calendar';
import TimeGridModule from 'react-big-calendar/lib/TimeGrid';
import { cjsDefault } from './cjsDefault';

const TimeGrid = cjsDefault(TimeGridModule);

type GridProps = ComponentProps<typeof TimeGrid> & { localizer: DateLocalizer; min?: Date; max?: Date; scrollToTime?: Date };

export interface TripViewComponent {
  (props: GridProps): React.JSX.Element;
  range: () => Date[];
  navigate: (date: Date, action: NavigateAction) => Date;
  title: (date: Date, options: { localizer: DateLocalizer }) => string;
}

/** Makes the view for one trip's days; the calendar asks a view's statics for its range and title, so the days live
 *  in the closure (RBC passes views only the localizer there). Memoise per trip. */
export function makeTripView(days: Date[]): TripViewComponent {
  const first = days[0] ?? new Date();
  const last = days.at(-1) ?? first;
  const TripView = (({ localizer, min, max, scrollToTime, ...props }: GridProps) => (
    <TimeGrid
      {...props}
      range={days}
      eventOffset={15}
      localizer={localizer}
      min={min ?? localizer.startOf(new Date(), 'day')}
      max={max ?? localizer.endOf(new Date(), 'day')}
      scrollToTime={scrollToTime ?? localizer.startOf(new Date(), 'day')}
      enableAutoScroll
    />
  )) as TripViewComponent;
  TripView.range = () => days;
  // The trip has one page: back, next and today leave it on the trip's dates.
  TripView.navigate = () => first;
  TripView.title = (_date, { localizer }) => localizer.format({ start: first, end: last }, 'dayRangeHeaderFormat');
  return TripView;
}
