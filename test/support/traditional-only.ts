// "No Traditional-only character" for anything meant to be Simplified Chinese: the zh-Hans UI strings and the 简体
// exports both check their text with this, so the two agree on what counts as Traditional.
import * as OpenCC from 'opencc-js';

// Traditional → Simplified as opencc-js does it, from both Traditional standards our text could come from (Hong Kong
// and Taiwan variants), with OpenCC's phrase table.
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });

const han = /\p{Script=Han}+/gu;

export interface TraditionalCharacter {
  /** The character found. */
  character: string;
  /** Its Simplified form. */
  simplified: string;
  /** A few characters around it, to find it in the text. */
  context: string;
}

/**
 * Every character in the text that only Traditional Chinese uses. A character is Traditional-only when the t→s
 * converter changes it. Some characters the converter changes on their own are also standard Simplified in certain
 * words (乾 in 乾坤, 於 in a surname): those are skipped by converting each run of Chinese characters as a whole, so
 * OpenCC's phrase table sees the word and leaves such a character alone where Simplified keeps it, and only the
 * characters it still changes in context are reported.
 */
export function traditionalOnly(text: string): TraditionalCharacter[] {
  const found: TraditionalCharacter[] = [];
  const seen = new Set<number>(); // positions already reported (both converters may flag the same character)
  for (const match of text.matchAll(han)) {
    const run = Array.from(match[0]);
    for (const convert of [fromHongKong, fromTaiwan]) {
      const converted = Array.from(convert(match[0]));
      // OpenCC's Traditional → Simplified maps one character to one; if a phrase ever changes the length, every
      // character of the run that converts on its own is reported instead.
      const same = converted.length === run.length;
      run.forEach((character, i) => {
        const simplified = same ? converted[i]! : convert(character);
        const at = (match.index ?? 0) + run.slice(0, i).join('').length;
        if (simplified !== character && !seen.has(at)) {
          seen.add(at);
          found.push({ character, simplified, context: text.slice(Math.max(0, at - 6), at + 7) });
        }
      });
    }
  }
  return found;
}
