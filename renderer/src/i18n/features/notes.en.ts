// English strings of the notes feature (spread into en.ts under 'notes'). zh-Hant has the same keys.
export const notesEn = {
  title: 'Notes',
} as const;
