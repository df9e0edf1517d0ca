// 繁體中文 strings of the directory feature: the same keys as directory.en.ts.
import type { Strings } from '../en';
import type { directoryEn } from './directory.en';

export const directoryZhHant: Strings<typeof directoryEn> = {
  title: '名錄',
};
