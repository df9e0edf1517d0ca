// English strings of the tables feature (spread into en.ts under 'tables'). zh-Hant has the same keys.
export const tablesEn = {
  title: 'Tables',
} as const;
