// Finds Traditional-only characters in text said to be Simplified: a character is Traditional-only when OpenCC's
// Traditional → Simplified converter, given that character alone, changes it (說 → 说; 中 and 说 stay as they are).
// Written by the docs helper for issue 13's export check; usable by any test of 简体 text.
import { Converter } from 'opencc-js/t2cn';

const toSimplified = Converter({ from: 'hk', to: 'cn' });
const toSimplifiedTw = Converter({ from: 'tw', to: 'cn' });
const han = /\p{Script=Han}/u;
/** Characters OpenCC converts on their own but that Simplified keeps in some words (乾隆, 著作, 凭藉, 瞭望, 覆盖, 同夥). */
const alsoSimplified = new Set(['乾', '著', '藉', '瞭', '覆', '夥']);

/** Each Traditional-only character in `text` once, with a few characters of context, in the order found. */
export function traditionalOnly(text: string): { char: string; simplified: string; context: string }[] {
  const found = new Map<string, { char: string; simplified: string; context: string }>();
  const chars = Array.from(text);
  chars.forEach((char, i) => {
    if (found.has(char) || !han.test(char) || alsoSimplified.has(char)) return;
    const simplified = toSimplified(char) !== char ? toSimplified(char) : toSimplifiedTw(char);
    if (simplified !== char) found.set(char, { char, simplified, context: chars.slice(Math.max(0, i - 6), i + 7).join('') });
  });
  return [...found.values()];
}
