// English strings of the ics feature (spread into en.ts under 'ics'). zh-Hant has the same keys.
export const icsEn = {
  title: 'Calendar files',
} as const;
