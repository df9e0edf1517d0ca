// English strings of the backup feature (spread into en.ts under 'backup'). zh-Hant has the same keys.
export const backupEn = {
  title: 'Backup',
} as const;
