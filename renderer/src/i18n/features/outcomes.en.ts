// English strings of the outcomes feature (spread into en.ts under 'outcomes'). zh-Hant has the same keys.
export const outcomesEn = {
  title: 'Outcomes',
} as const;
