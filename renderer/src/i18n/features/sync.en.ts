// English strings of the sync feature (spread into en.ts under 'sync'). zh-Hant has the same keys.
export const syncEn = {
  title: 'Sync',
} as const;
