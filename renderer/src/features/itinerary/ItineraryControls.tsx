// Above the calendar: which clock the times are read on (each place's, or the delegation's home zone), the filter
// for cancelled events, and a note naming the zone(s) in view.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisplayMode } from '../../../../shared/domain/time';
import type { Trip, TripEvent } from '../../../../shared/model';
import { zonesShown } from './calendarModel';
import { citiesForZone, homeZoneName, zoneOffset } from './eventText';

interface Props {
  trip: Trip;
  events: readonly TripEvent[];
  mode: DisplayMode;
  onModeChange: (mode: DisplayMode) => void;
  showCancelled: boolean;
  onShowCancelledChange: (show: boolean) => void;
}

export function ItineraryControls({ trip, events, mode, onModeChange, showCancelled, onShowCancelledChange }: Props) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const homeCity = homeZoneName(i18n.language, trip.homeTimeZone);
  // Offsets as on the trip's first day; a DST change during a trip is rare and the times themselves stay exact.
  const at = `${trip.startDate}T12:00:00Z`;
  const zoneText = (zone: string) => t('itinerary.zones.zoneWithOffset', { city: citiesForZone(trip, zone, i18n.language), offset: zoneOffset(at, zone) });
  const note =
    mode === 'home'
      ? t('itinerary.zones.noteHome', { zone: t('itinerary.zones.zoneWithOffset', { city: homeCity, offset: zoneOffset(at, trip.homeTimeZone) }) })
      : t('itinerary.zones.noteLocal', { zones: zonesShown(trip, events, mode).map(zoneText).join(', ') });
  return (
    <div className="itin-controls">
      <fieldset className="itin-switch">
        <legend className="itin-switch__legend">{t('itinerary.zones.timesIn')}</legend>
        <label className={`itin-switch__option${mode === 'local' ? ' is-checked' : ''}`} title={t('itinerary.zones.localHint')}>
          <input type="radio" name={name} value="local" checked={mode === 'local'} onChange={() => onModeChange('local')} />
          {t('itinerary.zones.local')}
        </label>
        <label className={`itin-switch__option${mode === 'home' ? ' is-checked' : ''}`}>
          <input type="radio" name={name} value="home" checked={mode === 'home'} onChange={() => onModeChange('home')} />
          {t('itinerary.zones.home', { city: homeCity })}
        </label>
      </fieldset>
      <label className="itin-check">
        <input type="checkbox" checked={showCancelled} onChange={(e) => onShowCancelledChange(e.target.checked)} />
        {t('itinerary.filters.showCancelled')}
      </label>
      <p className="itin-controls__note" role="status">
        {note}
      </p>
    </div>
  );
}
