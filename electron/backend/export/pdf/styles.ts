// The print stylesheet every PDF shares (assets/print/print.css): a font stack that covers Chinese, calm type, and the
// page-break rules that keep a block (an event, a table row) on one page and a heading with what follows it.
import { printStylesheet } from './print-stylesheets';

/** Noto CJK is what Linux machines (and this build's tests) have; JhengHei on Windows; PingFang on macOS. */
export const FONT_STACK = '"Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", "PingFang TC", sans-serif';

/** print.css spells FONT_STACK out for its body text (a test keeps the two equal); the page headers use the constant. */
export const printCss = printStylesheet('print');
