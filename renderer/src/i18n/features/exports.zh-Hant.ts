// 繁體中文 strings of the exports feature: the same keys as exports.en.ts.
import type { Strings } from '../en';
import type { exportsEn } from './exports.en';

export const exportsZhHant: Strings<typeof exportsEn> = {
  title: '匯出',
};
