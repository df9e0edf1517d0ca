// 繁體中文 strings of the search feature: the same keys as search.en.ts.
import type { Strings } from '../en';
import type { searchEn } from './search.en';

export const searchZhHant: Strings<typeof searchEn> = {
  title: '搜尋',
};
