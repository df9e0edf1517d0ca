// English strings of the exports feature (spread into en.ts under 'exports'). zh-Hant has the same keys.
export const exportsEn = {
  title: 'Exports',
} as const;
