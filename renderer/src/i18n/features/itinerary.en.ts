// English strings of the itinerary feature (spread into en.ts under 'itinerary'). zh-Hant has the same keys.
export const itineraryEn = {
  title: 'Itinerary',
} as const;
