// The print stylesheet every PDF shares: a font stack that covers Chinese, calm type, and the page-break rules that
// keep a block (an event, a table row) on one page and a heading with what follows it.

/** Noto CJK is what Linux machines (and this build's tests) have; JhengHei on Windows; PingFang on macOS. */
export const FONT_STACK = '"Noto Sans CJK TC", "Noto Sans CJK SC", "Microsoft JhengHei", "PingFang TC", sans-serif';

/**
 * CJK fonts draw ’ “ ” – — … full-width, which looks broken inside English words ("Hong Kong’s"). This face takes
 * just those characters from a Latin font the machine has (local() loads nothing from the network).
 */
const latinPunctuation = `
@font-face { font-family: "Planner Latin Punctuation"; font-weight: 400; unicode-range: U+2013-2014, U+2018-201D, U+2026;
  src: local("Segoe UI"), local("Helvetica Neue"), local("Arial"), local("Liberation Sans"), local("DejaVu Sans"); }
@font-face { font-family: "Planner Latin Punctuation"; font-weight: 700; unicode-range: U+2013-2014, U+2018-201D, U+2026;
  src: local("Segoe UI Bold"), local("Helvetica Neue Bold"), local("Arial Bold"), local("Liberation Sans Bold"), local("DejaVu Sans Bold"); }
`;

export const printCss = `${latinPunctuation}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: "Planner Latin Punctuation", ${FONT_STACK}; font-size: 10pt; line-height: 1.45; color: #1f2933; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 0.4em; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 22pt; font-weight: 700; color: #102a43; }
h2 { font-size: 14pt; font-weight: 700; color: #102a43; }
h3 { font-size: 11.5pt; font-weight: 700; }
h4 { font-size: 9pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #52606d; margin-top: 0.6em; }
p { margin: 0 0 0.5em; }
ul, ol { margin: 0 0 0.5em; padding-left: 1.4em; }
a { color: inherit; text-decoration: none; }
table { width: 100%; border-collapse: collapse; margin: 0 0 1em; }
th, td { text-align: left; vertical-align: top; padding: 4pt 6pt; border-bottom: 0.5pt solid #cbd2d9; }
th { font-size: 8.5pt; font-weight: 700; color: #52606d; text-transform: uppercase; letter-spacing: 0.03em; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
.muted { color: #616e7c; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.page-break { break-before: page; page-break-before: always; }
.badge { display: inline-block; font-size: 7.5pt; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em;
  padding: 0.5pt 4pt; border: 0.6pt solid currentColor; border-radius: 3pt; vertical-align: 1pt; }
.badge--restricted { color: #b42318; }
.badge--tentative { color: #8a5a00; }
.md p:last-child { margin-bottom: 0; }
.md pre, .md code { font-family: "Noto Sans Mono CJK TC", ui-monospace, monospace; font-size: 9pt; }
.md blockquote { margin: 0 0 0.5em; padding-left: 0.8em; border-left: 2pt solid #cbd2d9; color: #52606d; }
.md table { font-size: 9pt; }
.md h1, .md h2, .md h3, .md h4, .md h5, .md h6 { font-size: 10.5pt; text-transform: none; letter-spacing: 0; color: inherit; margin: 0.3em 0 0.2em; }
`;
