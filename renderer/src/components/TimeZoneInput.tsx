// A time-zone box: suggests the zones our users travel to most, and accepts any IANA zone typed in.
import type { InputHTMLAttributes } from 'react';

export const commonTimeZones = [
  'Asia/Hong_Kong',
  'Asia/Shanghai',
  'Asia/Macau',
  'Asia/Taipei',
  'Asia/Singapore',
  'Asia/Tokyo',
  'Asia/Seoul',
  'Asia/Bangkok',
  'Asia/Jakarta',
  'Asia/Kuala_Lumpur',
  'Asia/Kolkata',
  'Asia/Dubai',
  'Asia/Riyadh',
  'Europe/London',
  'Europe/Paris',
  'Europe/Berlin',
  'America/New_York',
  'America/Los_Angeles',
  'Australia/Sydney',
  'UTC',
];

const listId = 'common-time-zones';

/** Put once on the page that uses TimeZoneInput. */
export function TimeZoneOptions() {
  return (
    <datalist id={listId}>
      {commonTimeZones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}

export function TimeZoneInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input type="text" list={listId} autoComplete="off" spellCheck={false} placeholder="Asia/Hong_Kong" {...props} />;
}
