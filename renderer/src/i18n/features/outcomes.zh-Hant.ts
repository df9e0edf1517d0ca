// 繁體中文 strings of the outcomes feature: the same keys as outcomes.en.ts.
import type { Strings } from '../en';
import type { outcomesEn } from './outcomes.en';

export const outcomesZhHant: Strings<typeof outcomesEn> = {
  title: '成果',
};
