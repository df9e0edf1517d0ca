// react-big-calendar's TimeGrid (the grid behind Week and Day) is not in its public types; the "Whole trip" view
// renders it with the trip's own days, exactly as Week renders it with seven.
declare module 'react-big-calendar/lib/TimeGrid' {
  import type { ComponentType } from 'react';
  const TimeGrid: ComponentType<Record<string, unknown>>;
  export default TimeGrid;
}
