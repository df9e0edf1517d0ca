// The calendar's toolbar: move through dates, the period's title, the views, and undo/redo for the trip.
import type { NavigateAction, ToolbarProps, View } from 'react-big-calendar';
import { useTranslation } from 'react-i18next';
import type { LabelledEvent } from './EventContent';
import { useItinerary } from './itineraryContext';

export const viewOrder = ['trip', 'month', 'week', 'day', 'agenda'] as const;
export type ItineraryView = (typeof viewOrder)[number];

export function CalendarToolbar({ label, onNavigate, onView, view }: ToolbarProps<LabelledEvent>) {
  const { t } = useTranslation();
  const { history } = useItinerary();
  const go = (action: NavigateAction) => () => onNavigate(action);
  const onTrip = (view as string) === 'trip';
  return (
    <div className="itin-toolbar" role="toolbar" aria-label={t('itinerary.calendar.toolbar')}>
      <div className="itin-toolbar__group" role="group" aria-label={t('itinerary.calendar.navigation')}>
        <button type="button" className="button button--small" onClick={go('TODAY')} disabled={onTrip}>
          {t('itinerary.calendar.today')}
        </button>
        <button type="button" className="button button--small" onClick={go('PREV')} disabled={onTrip} aria-label={t('itinerary.calendar.previousNamed')}>
          <span aria-hidden="true">‹</span>
        </button>
        <button type="button" className="button button--small" onClick={go('NEXT')} disabled={onTrip} aria-label={t('itinerary.calendar.nextNamed')}>
          <span aria-hidden="true">›</span>
        </button>
      </div>
      <h2 className="itin-toolbar__label" aria-live="polite">
        {label}
      </h2>
      <div className="itin-toolbar__group" role="group" aria-label={t('itinerary.calendar.views')}>
        {viewOrder.map((name) => (
          <button
            key={name}
            type="button"
            className={`button button--small itin-toolbar__view${view === name ? ' is-active' : ''}`}
            aria-pressed={(view as string) === name}
            onClick={() => onView(name as View)}
          >
            {t(`itinerary.calendar.${name}`)}
          </button>
        ))}
      </div>
      <div className="itin-toolbar__group" role="group" aria-label={t('itinerary.calendar.undo')}>
        <button type="button" className="button button--small" onClick={() => history.run('undo')} disabled={history.busy} title={t('itinerary.calendar.undoHint')}>
          <span aria-hidden="true">↶</span>
          <span className="itin-toolbar__text">{t('itinerary.calendar.undo')}</span>
        </button>
        <button type="button" className="button button--small" onClick={() => history.run('redo')} disabled={history.busy} title={t('itinerary.calendar.redoHint')}>
          <span aria-hidden="true">↷</span>
          <span className="itin-toolbar__text">{t('itinerary.calendar.redo')}</span>
        </button>
      </div>
    </div>
  );
}
