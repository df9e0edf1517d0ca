// English strings of the search feature (spread into en.ts under 'search'). zh-Hant has the same keys.
export const searchEn = {
  title: 'Search',
} as const;
