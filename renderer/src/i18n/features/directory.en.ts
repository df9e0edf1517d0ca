// English strings of the directory feature (spread into en.ts under 'directory'). zh-Hant has the same keys.
export const directoryEn = {
  title: 'Directory',
} as const;
