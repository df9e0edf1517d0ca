// "No Traditional-only character" for anything meant to be Simplified Chinese: the zh-Hans UI strings and the 简体
// exports both check their text with this, so the two agree on what counts as Traditional.
import * as OpenCC from 'opencc-js';

// Traditional → Simplified as opencc-js does it, from both Traditional standards our text could come from (Hong Kong
// and Taiwan variants), with OpenCC's phrase table.
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });

/**
 * Characters the converter changes even on their own that standard Simplified also writes, in words OpenCC's phrase
 * table does not know: 什么 (么), 显著 (著), 凭藉 (藉), 瞭望 (瞭), 覆盖 (覆), 同夥 (夥), 哪吒 (吒), 宫商角徵羽 (徵),
 * 蒜薹 (薹), 拚命 (拚), 捱 (a standard variant), 袷袢 (袷).
 */
const alsoSimplified = new Set(Array.from('么著藉瞭覆夥吒徵薹拚捱袷'));

const han = /\p{Script=Han}+/gu;

export interface TraditionalCharacter {
  /** The character found. */
  char: string;
  /** Its Simplified form. */
  simplified: string;
  /** A few characters around its first occurrence, to find it in the text. */
  context: string;
}

/**
 * Each Traditional-only character in the text once, in the order found. A character is Traditional-only when the
 * t→s converter changes it. Characters that are also valid Simplified are skipped in two ways: each run of Chinese
 * characters is converted as a whole, so OpenCC's phrase table sees the word and leaves a character alone where
 * Simplified keeps it (乾 in 乾隆, 於 in a surname), and the few it would still change in words it does not know are
 * listed above.
 */
export function traditionalOnly(text: string): TraditionalCharacter[] {
  const found = new Map<string, TraditionalCharacter>();
  for (const match of text.matchAll(han)) {
    const run = Array.from(match[0]);
    for (const convert of [fromHongKong, fromTaiwan]) {
      const converted = Array.from(convert(match[0]));
      // OpenCC's Traditional → Simplified maps one character to one; if a phrase ever changes the length, each
      // character of the run is judged on its own instead.
      const same = converted.length === run.length;
      run.forEach((char, i) => {
        if (found.has(char) || alsoSimplified.has(char)) return;
        const simplified = same ? converted[i]! : convert(char);
        if (simplified === char) return;
        const at = (match.index ?? 0) + run.slice(0, i).join('').length;
        found.set(char, { char, simplified, context: text.slice(Math.max(0, at - 6), at + 7) });
      });
    }
  }
  return [...found.values()];
}
