// 繁體中文 strings of the events feature: the same keys as events.en.ts.
import type { Strings } from '../en';
import type { eventsEn } from './events.en';

export const eventsZhHant: Strings<typeof eventsEn> = {
  title: '活動',
};
