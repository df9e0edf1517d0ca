// 繁體中文 strings of the itinerary feature: the same keys as itinerary.en.ts.
import type { Strings } from '../en';
import type { itineraryEn } from './itinerary.en';

export const itineraryZhHant: Strings<typeof itineraryEn> = {
  title: '行程表',
};
