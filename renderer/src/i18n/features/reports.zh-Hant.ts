// 繁體中文 strings of the reports feature: the same keys as reports.en.ts.
import type { Strings } from '../en';
import type { reportsEn } from './reports.en';

export const reportsZhHant: Strings<typeof reportsEn> = {
  title: '報告',
};
