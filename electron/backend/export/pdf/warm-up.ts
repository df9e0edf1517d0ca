// A small document printed once on browser mode's warm page while the app is idle (docs/decisions/022): a page that
// has only been opened still loads the CJK fonts, runs print layout and its PDF writer for the first time on the
// first real export, which made that export markedly slower than the next. This one uses the shared print stylesheet,
// both Chinese scripts, bold and a header and footer, so those first times are spent before anyone is waiting.
import type { PdfOptions } from '../../ports';
import { html } from './html';
import { pageDocument } from './page';
import { withRunningHead } from './templates';

export function warmUpDocument(): { html: string; options: PdfOptions } {
  const running = { title: 'Delegation Planner 代表團行程 代表团行程', documentName: 'Itinerary 行程', pageOf: 'Page {page} of {pages} 第 {page} 頁' };
  const body = html`<h1>Itinerary 行程表</h1>
<h2>Monday 2 March 2026 · 3月2日（星期一）</h2>
<p><strong>09:00–10:00 Courtesy call 禮節性拜訪 礼节性拜访</strong></p>
<p>上海市浦東新區世紀大道1號 · 上海市浦东新区世纪大道1号 — “Quotes” and … dashes</p>`;
  return {
    html: withRunningHead(pageDocument({ lang: 'zh-Hant', title: 'Itinerary', body }), running),
    options: { paper: 'A4' },
  };
}
