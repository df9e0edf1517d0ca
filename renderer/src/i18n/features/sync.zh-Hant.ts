// 繁體中文 strings of the sync feature: the same keys as sync.en.ts.
import type { Strings } from '../en';
import type { syncEn } from './sync.en';

export const syncZhHant: Strings<typeof syncEn> = {
  title: '同步',
};
