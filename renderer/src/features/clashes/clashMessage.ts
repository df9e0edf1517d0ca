// Clash warnings in the reader's language, built from the clash's kind and details (the domain's `message` is English
// only), with event times in each event's own zone and people named in the reader's script.
import type { TFunction } from 'i18next';
import type { Clash } from '../../../../shared/domain/clashes';
import type { Leg, Names, TripEvent } from '../../../../shared/model';
import { formatCalendarDate, formatDateRange, localeFor } from '../../i18n/format';
import { listSeparator, nameIn } from '../../i18n/names';

type Named = { id: string; name: Pick<Names, 'en'> & Partial<Names> };

export interface ClashContext {
  events: Pick<TripEvent, 'id' | 'title' | 'start' | 'end' | 'timeZone' | 'endTimeZone'>[];
  members: Named[];
  contacts: Named[];
  trip: { startDate: string; endDate: string; legs: Leg[] };
  language: string;
}

/** "Tue 10 Mar 14:00" / "3月10日週二 14:00", on the clock of the zone given. */
export function whenLabel(instant: string, zone: string, language: string): string {
  return new Intl.DateTimeFormat(localeFor(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).format(new Date(instant));
}

export function personName(person: Named | undefined, id: string, language: string): string {
  if (!person) return id;
  return nameIn(person.name, language);
}

function joinNames(names: string[], language: string): string {
  return names.join(listSeparator(language));
}

export function clashMessage(clash: Clash, ctx: ClashContext, t: TFunction): string {
  const { language } = ctx;
  const eventOf = (id: string | undefined) => ctx.events.find((e) => e.id === id);
  const label = (id: string | undefined): string => {
    const e = eventOf(id);
    return e ? t('events.clash.eventLabel', { title: e.title, when: whenLabel(e.start, e.timeZone, language) }) : t('events.clash.unknownEvent');
  };
  const endLabel = (id: string | undefined): string => {
    const e = eventOf(id);
    return e ? t('events.clash.eventEndLabel', { title: e.title, when: whenLabel(e.end, e.endTimeZone ?? e.timeZone, language) }) : t('events.clash.unknownEvent');
  };
  const [first, second] = clash.eventIds;
  const d = clash.details;
  const date = d.date ? formatCalendarDate(language, d.date) : '';
  const city = ctx.trip.legs.find((l) => l.id === d.legId)?.city ?? '';

  switch (clash.kind) {
    case 'member-double-booked':
    case 'counterpart-double-booked': {
      const ids = (clash.kind === 'member-double-booked' ? d.memberIds : d.contactIds) ?? [];
      const people = clash.kind === 'member-double-booked' ? ctx.members : ctx.contacts;
      const who = joinNames(
        ids.map((id) => personName(people.find((p) => p.id === id), id, language)),
        language,
      );
      const key = clash.kind === 'member-double-booked' ? 'events.clash.memberDoubleBooked' : 'events.clash.counterpartDoubleBooked';
      return t(key, { count: ids.length, who, a: label(first), b: label(second) });
    }
    case 'short-transfer':
      return t(d.interCity ? 'events.clash.shortTransferCity' : 'events.clash.shortTransferVenue', {
        a: endLabel(first),
        b: label(second),
        gap: Math.max(0, Math.round(d.gapMinutes ?? 0)),
        required: d.requiredMinutes ?? 0,
      });
    case 'outside-trip':
      return t('events.clash.outsideTrip', { event: label(first), date, range: formatDateRange(language, ctx.trip.startDate, ctx.trip.endDate) });
    case 'outside-leg': {
      const zone = eventOf(first)?.timeZone ?? '';
      if (d.reason === 'other-zone') return t('events.clash.outsideLegZone', { event: label(first), zone, date, city });
      if (d.reason === 'other-city') return t('events.clash.outsideLegCity', { event: label(first), date, city });
      return t('events.clash.outsideLegNoLeg', { event: label(first), date });
    }
    case 'meeting-without-counterpart':
      return t('events.clash.withoutCounterpart', { event: label(first) });
    case 'tentative-near-departure':
      return (d.daysToStart ?? 0) > 0
        ? t('events.clash.tentativeSoon', { event: label(first), count: d.daysToStart ?? 0 })
        : t('events.clash.tentativeStarted', { event: label(first) });
  }
}

/** The instant a clash is listed at: the start of its first event. */
export function clashStart(clash: Clash, ctx: Pick<ClashContext, 'events'>): string {
  return ctx.events.find((e) => e.id === clash.eventIds[0])?.start ?? '';
}

/** Clashes in the order of the events they concern, warnings before notes at the same time. */
export function sortClashes(clashes: Clash[], ctx: Pick<ClashContext, 'events'>): Clash[] {
  const rank = (c: Clash): number => (c.severity === 'warning' ? 0 : 1);
  return [...clashes].sort((a, b) => clashStart(a, ctx).localeCompare(clashStart(b, ctx)) || rank(a) - rank(b));
}
