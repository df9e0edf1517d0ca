// Calendar files for the import-bounds tests and the benchmark: many events, and hostile time-zone definitions.

/** `count` one-hour meetings on the Riyadh trip's days (10–12 March 2026), each with its own UID. */
export function bigCalendar(count: number): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//Bulk//EN'];
  for (let i = 0; i < count; i++) {
    const day = 10 + (i % 3);
    const hour = String(8 + (i % 10)).padStart(2, '0');
    lines.push('BEGIN:VEVENT', `UID:bulk-${i}@test`, `SUMMARY:Meeting ${i}`, `DTSTART;TZID=Asia/Riyadh:202603${day}T${hour}0000`, `DTEND;TZID=Asia/Riyadh:202603${day}T${hour}3000`, 'END:VEVENT');
  }
  lines.push('END:VCALENDAR', '');
  return lines.join('\r\n');
}

/** A calendar whose own zone "Custom" has a rule that repeats every second from 1601, and one event in that zone. */
export function secondlyZoneCalendar(rule = 'FREQ=SECONDLY'): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//Hostile//EN',
    'BEGIN:VTIMEZONE',
    'TZID:Custom',
    'BEGIN:STANDARD',
    'DTSTART:16010101T000000',
    `RRULE:${rule}`,
    'TZOFFSETFROM:+0300',
    'TZOFFSETTO:+0300',
    'END:STANDARD',
    'END:VTIMEZONE',
    'BEGIN:VEVENT',
    'UID:hostile-1@test',
    'SUMMARY:Meeting',
    'DTSTART;TZID=Custom:20260310T100000',
    'DTEND;TZID=Custom:20260310T110000',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
