// English strings of the followups feature (spread into en.ts under 'followups'). zh-Hant has the same keys.
export const followupsEn = {
  title: 'Follow-ups',
} as const;
