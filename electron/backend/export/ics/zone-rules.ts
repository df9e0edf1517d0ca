// Refuses a calendar file whose own time-zone definitions would make ical.js work without end. ical.js expands a
// VTIMEZONE's rules from their first date up to every time it reads, so a rule that repeats every second from 1601
// means billions of clock changes (4.6 GB, then the process died). Real zones change their clocks at most a few
// times a year, by yearly rules or a list of dates; anything else is not a time zone anyone uses.
import type ICAL from 'ical.js';
import { BackendError } from '../../errors';

type Component = InstanceType<typeof ICAL.Component>;

/** Parts a real zone's yearly rule uses; BYHOUR, BYMINUTE and BYSECOND would multiply the changes per year. */
const zoneRuleParts = new Set(['BYMONTH', 'BYDAY', 'BYMONTHDAY', 'BYYEARDAY', 'BYWEEKNO', 'BYSETPOS']);
/** Far more listed clock changes than any zone's history holds (the IANA data has a few hundred per zone). */
const MAX_LISTED_CHANGES = 2000;

const every: Record<string, string> = {
  SECONDLY: 'every second',
  MINUTELY: 'every minute',
  HOURLY: 'every hour',
  DAILY: 'every day',
  WEEKLY: 'every week',
  MONTHLY: 'every month',
};

function refuse(tzid: string, what: string, reason: string): BackendError {
  return new BackendError(
    'invalid-input',
    `This calendar file defines a time zone ("${tzid}") with ${what}, which no real time zone has, so the file was not read. Nothing was imported. ` +
      'Export the calendar again from Outlook (or the app it came from), or ask whoever sent it for a new copy.',
    { reason, tzid },
  );
}

export function checkTimeZones(calendar: Component): void {
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = String(zone.getFirstPropertyValue('tzid') ?? '(no name)');
    let listed = 0;
    for (const rule of zone.getAllSubcomponents()) {
      for (const prop of rule.getAllProperties('rrule')) {
        let recur: { freq?: string; parts?: Record<string, unknown> };
        try {
          recur = prop.getFirstValue() as typeof recur;
        } catch {
          throw refuse(tzid, 'a rule that cannot be read', 'zone-rule-unreadable');
        }
        const freq = String(recur?.freq ?? '');
        if (freq !== 'YEARLY') throw refuse(tzid, `a rule that repeats ${every[freq] ?? `"${freq}"`}`, 'zone-rule-frequency');
        const extra = Object.keys(recur.parts ?? {}).filter((part) => !zoneRuleParts.has(part));
        if (extra.length > 0) throw refuse(tzid, `a yearly rule that also repeats by ${extra.join(', ')}`, 'zone-rule-parts');
      }
      for (const prop of rule.getAllProperties('rdate')) listed += prop.getValues().length;
    }
    if (listed > MAX_LISTED_CHANGES) throw refuse(tzid, `${listed} listed clock changes`, 'zone-rule-dates');
  }
}
