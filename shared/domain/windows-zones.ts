// Windows time-zone names, which Outlook writes as TZIDs ("Arab Standard Time") and planners copy from it, mapped to
// IANA zones (after CLDR's windowsZones.xml, territory "001"). Only common ones: the ICS import falls back to the
// trip's zone with a note for a name it lacks, and the zone picker says it does not know it. One table for both.
export const windowsToIana: Record<string, string> = {
  'China Standard Time': 'Asia/Shanghai',
  'Taipei Standard Time': 'Asia/Taipei',
  'Singapore Standard Time': 'Asia/Singapore',
  'Tokyo Standard Time': 'Asia/Tokyo',
  'Korea Standard Time': 'Asia/Seoul',
  'SE Asia Standard Time': 'Asia/Bangkok',
  'India Standard Time': 'Asia/Kolkata',
  'Pakistan Standard Time': 'Asia/Karachi',
  'Bangladesh Standard Time': 'Asia/Dhaka',
  'West Asia Standard Time': 'Asia/Tashkent',
  'Central Asia Standard Time': 'Asia/Almaty',
  'Arabian Standard Time': 'Asia/Dubai',
  'Arab Standard Time': 'Asia/Riyadh',
  'Arabic Standard Time': 'Asia/Baghdad',
  'Iran Standard Time': 'Asia/Tehran',
  'Israel Standard Time': 'Asia/Jerusalem',
  'Turkey Standard Time': 'Europe/Istanbul',
  'Egypt Standard Time': 'Africa/Cairo',
  'South Africa Standard Time': 'Africa/Johannesburg',
  'E. Africa Standard Time': 'Africa/Nairobi',
  'W. Central Africa Standard Time': 'Africa/Lagos',
  'Morocco Standard Time': 'Africa/Casablanca',
  'GMT Standard Time': 'Europe/London',
  'Greenwich Standard Time': 'Atlantic/Reykjavik',
  'W. Europe Standard Time': 'Europe/Berlin',
  'Romance Standard Time': 'Europe/Paris',
  'Central Europe Standard Time': 'Europe/Budapest',
  'Central European Standard Time': 'Europe/Warsaw',
  'GTB Standard Time': 'Europe/Bucharest',
  'FLE Standard Time': 'Europe/Kiev',
  'Russian Standard Time': 'Europe/Moscow',
  'AUS Eastern Standard Time': 'Australia/Sydney',
  'W. Australia Standard Time': 'Australia/Perth',
  'New Zealand Standard Time': 'Pacific/Auckland',
  'Eastern Standard Time': 'America/New_York',
  'Central Standard Time': 'America/Chicago',
  'Mountain Standard Time': 'America/Denver',
  'US Mountain Standard Time': 'America/Phoenix',
  'Pacific Standard Time': 'America/Los_Angeles',
  'E. South America Standard Time': 'America/Sao_Paulo',
};

/** The IANA zone a Windows zone name stands for, if it is one we know. */
export function ianaForWindowsZone(tzid: string): string | undefined {
  return windowsToIana[tzid.trim()] ?? byLowerCase.get(tzid.trim().toLowerCase());
}

// People type the names as they remember them ("china standard time"); Outlook writes them exactly.
const byLowerCase = new Map(Object.entries(windowsToIana).map(([name, zone]) => [name.toLowerCase(), zone]));

/** The Windows names that stand for a zone, for finding it by one. */
export function windowsNamesFor(zone: string): string[] {
  return Object.keys(windowsToIana).filter((name) => windowsToIana[name] === zone);
}
