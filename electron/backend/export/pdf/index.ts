// HTML building blocks shared by every PDF the app makes: escaping, the page frame and print styles, the running
// header and footer, and the margins both renderers use.
export { Html, escapeHtml, html, multiline, trustedHtml } from './html';
export { pageDocument, type PageFrame } from './page';
export { FONT_STACK, printCss } from './styles';
export { PAGE_MARGINS_MM, cssString, runningHeadCss, withRunningHead, type PrintSetup, type RunningTexts } from './templates';
export { pdfFile, pdfFileName } from './file';
export { warmUpDocument } from './warm-up';
