// The warm-up policy of browser mode's PDF engine (electron/web/pdf.ts, docs/decisions/022-warm-print-engine.md), with
// a fake launcher instead of Chromium so each rule is checked exactly: nothing launched until asked, one warm page,
// relaunched after a crash (and not in a loop), a crashed page replaced, an export retried once when its browser died,
// nothing relaunched after an idle close or after quit. browser-renderer.test.ts covers the same engine with Chromium.
import { EventEmitter } from 'node:events';
import type { Browser } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { warmUpDocument } from '../../../../electron/backend/export/pdf/warm-up';
import { createBrowserPdfRenderer } from '../../../../electron/web/pdf';

class FakePage extends EventEmitter {
  closed = false;
  printed: string[] = [];
  constructor(private readonly owner: FakeContext) {
    super();
  }
  setDefaultTimeout(): void {}
  isClosed(): boolean {
    return this.closed;
  }
  context(): FakeContext {
    return this.owner;
  }
  async setContent(html: string): Promise<void> {
    await Promise.resolve();
    const browser = this.owner.browser();
    if (html.includes('kill-the-browser')) browser.crash(); // Chromium dies while this page loads
    if (!browser.isConnected() || this.closed) throw new Error('Target page, context or browser has been closed');
    if (html.includes('bad-page')) throw new Error('page.setContent: Timeout 30000ms exceeded');
    this.printed.push(html);
  }
  async pdf(): Promise<Buffer> {
    await Promise.resolve();
    return Buffer.from('%PDF-1.7 fake');
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

class FakeContext {
  pages: FakePage[] = [];
  constructor(private readonly owner: FakeBrowser) {}
  browser(): FakeBrowser {
    return this.owner;
  }
  async newPage(): Promise<FakePage> {
    if (!this.owner.isConnected()) throw new Error('browser has been closed');
    const page = new FakePage(this);
    this.pages.push(page);
    return page;
  }
}

class FakeBrowser extends EventEmitter {
  private connected = true;
  closedByUs = false;
  contexts: FakeContext[] = [];
  isConnected(): boolean {
    return this.connected;
  }
  async newContext(): Promise<FakeContext> {
    const context = new FakeContext(this);
    this.contexts.push(context);
    return context;
  }
  async close(): Promise<void> {
    if (!this.connected) return;
    this.closedByUs = true;
    this.connected = false;
    this.emit('disconnected');
  }
  crash(): void {
    this.connected = false;
    this.emit('disconnected');
  }
  openPages(): FakePage[] {
    return this.contexts.flatMap((c) => c.pages).filter((p) => !p.closed);
  }
}

function fakeLauncher() {
  const launched: FakeBrowser[] = [];
  const launch = vi.fn(async () => {
    await Promise.resolve();
    const browser = new FakeBrowser();
    launched.push(browser);
    return browser as unknown as Browser;
  });
  return { launch, launched, last: () => launched.at(-1)! };
}

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString() === '%PDF-';
const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('warming the PDF engine', () => {
  it('launches nothing until asked, then keeps exactly one warm page, which the first export uses', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch });
    await tick();
    expect(fake.launch).not.toHaveBeenCalled(); // created at start: no launch competing with the first screen

    pdf.prepare?.();
    pdf.prepare?.();
    await vi.waitFor(() => expect(fake.last().openPages()).toHaveLength(1));
    pdf.prepare?.(); // already warm
    await tick();
    expect(fake.launch).toHaveBeenCalledTimes(1);
    const warmPage = fake.last().openPages()[0]!;

    expect(isPdf(await pdf.render('<p>first</p>', { paper: 'A4' }))).toBe(true);
    expect(warmPage.printed).toEqual(['<p>first</p>']); // the warmed page printed it
    expect(fake.last().openPages()).toEqual([warmPage]); // and stays, the one warm page
    await Promise.all(['a', 'b', 'c'].map((x) => pdf.render(`<p>${x}</p>`, { paper: 'A4' })));
    expect(fake.last().openPages()).toHaveLength(1); // pages opened for concurrent exports are not kept
    expect(fake.launch).toHaveBeenCalledTimes(1);
    await pdf.close?.();
  });

  it('prints the warm-up document on the warm page before the first export, and again on a page replacing a crashed one', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch, relaunchDelayMs: 10 });
    const warmUp = warmUpDocument();
    expect(warmUp.html).toContain('行程'); // Chinese, so the CJK fonts are loaded
    expect(warmUp.html).toContain('@top-left { content: "Delegation Planner'); // the running header's page-margin boxes too
    pdf.prepare?.(warmUp);
    await vi.waitFor(() => expect(fake.last().openPages()[0]?.printed).toEqual([warmUp.html]));
    const page = fake.last().openPages()[0]!;
    await pdf.render('<p>the itinerary</p>', { paper: 'A4' });
    expect(page.printed).toEqual([warmUp.html, '<p>the itinerary</p>']);

    page.emit('crash');
    await vi.waitFor(() => expect(fake.last().openPages().find((p) => p !== page)?.printed).toEqual([warmUp.html]));
    fake.last().crash();
    await vi.waitFor(() => expect(fake.launch).toHaveBeenCalledTimes(2));
    await vi.waitFor(() => expect(fake.last().openPages()[0]?.printed).toEqual([warmUp.html]));
    await pdf.close?.();
  });

  it('skips the warm-up document when an export is already waiting for the page', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch });
    pdf.prepare?.(warmUpDocument());
    await pdf.render('<p>asked at once</p>', { paper: 'A4' });
    expect(fake.launch).toHaveBeenCalledTimes(1);
    expect(fake.last().openPages()).toHaveLength(1);
    expect(fake.last().openPages()[0]!.printed).toEqual(['<p>asked at once</p>']);
    await pdf.close?.();
  });

  it('launches Chromium again after a crash, warm, so the next export does not pay the launch', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch, relaunchDelayMs: 10 });
    pdf.prepare?.();
    await vi.waitFor(() => expect(fake.last().openPages()).toHaveLength(1));
    const first = fake.last();

    first.crash();
    await vi.waitFor(() => expect(fake.launch).toHaveBeenCalledTimes(2));
    const second = fake.last();
    await vi.waitFor(() => expect(second.openPages()).toHaveLength(1));
    const warmPage = second.openPages()[0]!;

    expect(isPdf(await pdf.render('<p>after the crash</p>', { paper: 'A4' }))).toBe(true);
    expect(warmPage.printed).toEqual(['<p>after the crash</p>']);
    expect(fake.launch).toHaveBeenCalledTimes(2);
    await pdf.close?.();
  });

  it('stops relaunching a Chromium that keeps crashing; the next export still launches it', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch, relaunchDelayMs: 5, maxRelaunches: 2, crashWindowMs: 60_000 });
    pdf.prepare?.();
    for (let launches = 1; launches <= 3; launches++) {
      await vi.waitFor(() => expect(fake.launch).toHaveBeenCalledTimes(launches));
      await vi.waitFor(() => expect(fake.last().openPages()).toHaveLength(1));
      fake.last().crash();
    }
    await tick();
    await tick();
    expect(fake.launch).toHaveBeenCalledTimes(3); // the third crash is one too many: no background relaunch

    expect(isPdf(await pdf.render('<p>asked for</p>', { paper: 'A4' }))).toBe(true);
    expect(fake.launch).toHaveBeenCalledTimes(4);
    await pdf.close?.();
  });

  it('replaces a warm page whose renderer crashed, in the same browser', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch });
    pdf.prepare?.();
    await vi.waitFor(() => expect(fake.last().openPages()).toHaveLength(1));
    const crashed = fake.last().openPages()[0]!;

    crashed.emit('crash');
    await vi.waitFor(() => expect(fake.last().openPages()).toHaveLength(1));
    const fresh = fake.last().openPages()[0]!;
    expect(fresh).not.toBe(crashed);
    expect(crashed.closed).toBe(true);

    await pdf.render('<p>x</p>', { paper: 'A4' });
    expect(fresh.printed).toEqual(['<p>x</p>']);
    expect(crashed.printed).toEqual([]);
    expect(fake.launch).toHaveBeenCalledTimes(1);
    await pdf.close?.();
  });

  it('prints an export once more on a fresh browser when Chromium died under it, but not one whose page failed', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch, relaunchDelayMs: 60_000 });
    // HTML that kills every browser it is loaded in is tried twice (once on a fresh browser), then fails: once only.
    await expect(pdf.render('<p>kill-the-browser</p>', { paper: 'A4' })).rejects.toThrow(/closed/);
    expect(fake.launch).toHaveBeenCalledTimes(2);
    await pdf.close?.();

    const again = fakeLauncher();
    const retrying = createBrowserPdfRenderer({ launch: again.launch, relaunchDelayMs: 60_000 });
    await retrying.render('<p>warm it</p>', { paper: 'A4' });
    const dying = again.last();
    // The page kills its browser once: the export is printed on a second browser, and the user sees a PDF.
    const page = dying.openPages()[0]!;
    const setContent = page.setContent.bind(page);
    page.setContent = async (content: string) => setContent(`${content}<!-- kill-the-browser -->`);
    expect(isPdf(await retrying.render('<p>the itinerary</p>', { paper: 'A4' }))).toBe(true);
    expect(again.launch).toHaveBeenCalledTimes(2);
    expect(again.last().openPages()[0]!.printed).toEqual(['<p>the itinerary</p>']);

    // A page that fails on its own (the browser still up) is not printed again: the error is the user's to see.
    await expect(retrying.render('<p>bad-page</p>', { paper: 'A4' })).rejects.toThrow(/Timeout/);
    expect(again.launch).toHaveBeenCalledTimes(2);
    await retrying.close?.();
  });

  it('relaunches nothing after closing an idle browser, nor after quit', async () => {
    const fake = fakeLauncher();
    const pdf = createBrowserPdfRenderer({ launch: fake.launch, idleCloseMs: 20, relaunchDelayMs: 5 });
    await pdf.render('<p>one</p>', { paper: 'A4' });
    await vi.waitFor(() => expect(fake.last().isConnected()).toBe(false));
    expect(fake.last().closedByUs).toBe(true);
    await tick();
    expect(fake.launch).toHaveBeenCalledTimes(1); // closed to give memory back, not crashed: stays closed

    const quitting = fakeLauncher();
    const engine = createBrowserPdfRenderer({ launch: quitting.launch, relaunchDelayMs: 20 });
    engine.prepare?.();
    await vi.waitFor(() => expect(quitting.last().openPages()).toHaveLength(1));
    quitting.last().crash();
    await engine.close?.(); // quit before the relaunch is due
    await tick();
    await tick();
    expect(quitting.launch).toHaveBeenCalledTimes(1);

    const warm = fakeLauncher();
    const closing = createBrowserPdfRenderer({ launch: warm.launch });
    closing.prepare?.();
    await vi.waitFor(() => expect(warm.last().openPages()).toHaveLength(1));
    await closing.close?.();
    expect(warm.last().isConnected()).toBe(false); // quit closes the warm browser
    expect(warm.last().closedByUs).toBe(true);
    closing.prepare?.();
    await tick();
    expect(warm.launch).toHaveBeenCalledTimes(1);
  });
});
