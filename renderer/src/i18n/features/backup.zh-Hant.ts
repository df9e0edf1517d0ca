// 繁體中文 strings of the backup feature: the same keys as backup.en.ts.
import type { Strings } from '../en';
import type { backupEn } from './backup.en';

export const backupZhHant: Strings<typeof backupEn> = {
  title: '備份',
};
