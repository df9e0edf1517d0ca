// The window's remembered place: saved after moves (debounced) and on close, restored only onto a display that is
// still there, and a first window that fits a 1366×768 laptop at 125 % scaling.
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { initialBounds, loadWindowState, MIN_SIZE, SAVE_DELAY_MS, trackWindowState } from '../../../../electron/main/window-state';
import { mainWindowOptions } from '../../../../electron/main/window';
import { tempDir } from '../../helpers/tmp';
import { BrowserWindow, resetElectronMock, screen } from '../electron-mock';

vi.mock('electron', () => import('../electron-mock'));

/** 1366×768 at 125 %: 1093×614 logical pixels, less a 40-pixel taskbar. */
const laptop = { id: 1, bounds: { x: 0, y: 0, width: 1093, height: 614 }, workArea: { x: 0, y: 0, width: 1093, height: 582 }, scaleFactor: 1.25 };
const monitor = { id: 2, bounds: { x: 1093, y: 0, width: 1920, height: 1080 }, workArea: { x: 1093, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 };

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  resetElectronMock();
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

describe('initialBounds', () => {
  it('fits the first window and its minimum size inside a 1366×768 laptop at 125 %', () => {
    screen.displays = [laptop];
    const options = mainWindowOptions({ preloadPath: '/p.cjs' });
    expect(options.width).toBeLessThanOrEqual(laptop.workArea.width);
    expect(options.height).toBeLessThanOrEqual(laptop.workArea.height);
    expect(options.minWidth).toBeLessThanOrEqual(laptop.workArea.width);
    expect(options.minHeight).toBeLessThanOrEqual(laptop.workArea.height);
    expect(options.x).toBeGreaterThanOrEqual(0);
    expect(options.y).toBeGreaterThanOrEqual(0);
  });

  it('centres a 1280×820 first window on a roomy display', () => {
    expect(initialBounds(undefined).bounds).toEqual({ x: 320, y: 110, width: 1280, height: 820 });
  });

  it('restores the saved place on the second monitor while it is connected', () => {
    screen.displays = [laptop, monitor];
    const saved = { bounds: { x: 1300, y: 100, width: 1400, height: 900 }, maximized: true };
    expect(initialBounds(saved)).toEqual(saved);
  });

  it('brings a window saved on a monitor that is gone back onto the laptop, shrunk to fit', () => {
    screen.displays = [laptop];
    const { bounds } = initialBounds({ bounds: { x: 1300, y: 100, width: 1400, height: 900 }, maximized: false });
    expect(bounds.width).toBeLessThanOrEqual(1093);
    expect(bounds.height).toBeLessThanOrEqual(582);
    expect(bounds.x).toBeGreaterThanOrEqual(0);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(1093);
  });

  it('pulls a window hanging off the edge back inside the display', () => {
    const { bounds } = initialBounds({ bounds: { x: 1700, y: 900, width: 1000, height: 700 }, maximized: false });
    expect(bounds).toEqual({ x: 920, y: 340, width: 1000, height: 700 });
    expect(bounds.width).toBeGreaterThanOrEqual(MIN_SIZE.width);
  });
});

describe('trackWindowState and loadWindowState', () => {
  it('saves once, a moment after the window stops moving, and loads it back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const file = path.join(dir, 'window-state.json');
    const win = new BrowserWindow({ x: 10, y: 20, width: 900, height: 600 });
    const remember = vi.fn();
    trackWindowState(win as never, file, remember);
    win.normalBounds = { x: 50, y: 60, width: 1000, height: 700 };
    win.emit('move');
    win.emit('resize');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(remember).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(remember).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
    await vi.waitFor(async () => expect(await loadWindowState(file)).toEqual({ bounds: { x: 50, y: 60, width: 1000, height: 700 }, maximized: false }));
  });

  it('saves at once when the window closes, maximised state included', async () => {
    const file = path.join(dir, 'window-state.json');
    const win = new BrowserWindow({ x: 0, y: 0, width: 900, height: 600 });
    trackWindowState(win as never, file, () => {});
    win.maximized = true;
    win.emit('close');
    // Written before 'close' returns: the app may exit right after its last window closes.
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ schemaVersion: 1, maximized: true });
    expect(await loadWindowState(file)).toMatchObject({ maximized: true });
  });

  it('treats a missing or damaged file as nothing saved', async () => {
    expect(await loadWindowState(path.join(dir, 'none.json'))).toBeUndefined();
    await fs.writeFile(path.join(dir, 'bad.json'), '{"schemaVersion":1,"bounds":{"x":"left"}}');
    expect(await loadWindowState(path.join(dir, 'bad.json'))).toBeUndefined();
  });
});
