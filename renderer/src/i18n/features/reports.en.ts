// English strings of the reports feature (spread into en.ts under 'reports'). zh-Hant has the same keys.
export const reportsEn = {
  title: 'Reports',
} as const;
