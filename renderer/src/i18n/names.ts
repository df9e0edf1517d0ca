// Names of people and organisations in the reader's language. Both Chinese UIs show Chinese names: the one stored in
// the reader's script where there is one, the other script's otherwise (a name is data, written as its owner writes
// it; the UI does not convert it), and English when no Chinese name is known.
import { isChinese } from './languages';

export interface NameTexts {
  en: string;
  zhHant?: string;
  zhHans?: string;
}

/** The name to show first. */
export function nameIn(name: NameTexts, language: string): string {
  if (language === 'zh-Hans') return name.zhHans || name.zhHant || name.en;
  if (language === 'zh-Hant') return name.zhHant || name.zhHans || name.en;
  return name.en;
}

/** How Chinese and English separate the items of a list: 甲、乙 / A, B. */
export function listSeparator(language: string): string {
  return isChinese(language) ? '、' : ', ';
}
