// 繁體中文 strings of the followups feature: the same keys as followups.en.ts.
import type { Strings } from '../en';
import type { followupsEn } from './followups.en';

export const followupsZhHant: Strings<typeof followupsEn> = {
  title: '跟進事項',
};
