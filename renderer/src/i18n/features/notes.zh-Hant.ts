// 繁體中文 strings of the notes feature: the same keys as notes.en.ts.
import type { Strings } from '../en';
import type { notesEn } from './notes.en';

export const notesZhHant: Strings<typeof notesEn> = {
  title: '會議筆記',
};
