// English strings of the events feature (spread into en.ts under 'events'). zh-Hant has the same keys.
export const eventsEn = {
  title: 'Events',
} as const;
