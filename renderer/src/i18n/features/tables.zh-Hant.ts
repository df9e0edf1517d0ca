// 繁體中文 strings of the tables feature: the same keys as tables.en.ts.
import type { Strings } from '../en';
import type { tablesEn } from './tables.en';

export const tablesZhHant: Strings<typeof tablesEn> = {
  title: '表格',
};
