// 繁體中文 strings of the ics feature: the same keys as ics.en.ts.
import type { Strings } from '../en';
import type { icsEn } from './ics.en';

export const icsZhHant: Strings<typeof icsEn> = {
  title: '行事曆檔案',
};
