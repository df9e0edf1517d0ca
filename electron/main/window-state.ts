// Remembers where the main window was: its normal bounds and whether it was maximised, in userData/window-state.json.
// On start the saved place is used only if it is still on a display (a laptop undocked from its second monitor
// must not open the window off-screen); otherwise the window fits the primary display's work area, which on a
// 1366×768 laptop at 125 % scaling is about 1093×590.
import { promises as fs, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Rectangle } from 'electron';
import { screen } from 'electron';
import { writeFileAtomically } from '../backend/files/atomic-write';

export interface WindowState {
  bounds: Rectangle;
  maximized: boolean;
}

const SCHEMA_VERSION = 1;
/** Small enough for a 1366×768 screen at 125 % (a work area near 1093×590) with room to spare. */
export const MIN_SIZE = { width: 800, height: 520 } as const;
/** The first-run size on a roomy screen; smaller screens get their whole work area. */
export const PREFERRED_SIZE = { width: 1280, height: 820 } as const;
export const SAVE_DELAY_MS = 500;

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/** Fits `rect` inside `area`: shrunk to it if larger, then moved in. */
function clampInto(rect: Rectangle, area: Rectangle): Rectangle {
  const width = Math.max(Math.min(rect.width, area.width), Math.min(MIN_SIZE.width, area.width));
  const height = Math.max(Math.min(rect.height, area.height), Math.min(MIN_SIZE.height, area.height));
  const x = Math.min(Math.max(rect.x, area.x), area.x + area.width - width);
  const y = Math.min(Math.max(rect.y, area.y), area.y + area.height - height);
  return { x, y, width, height };
}

/** Where the window opens, from what was saved (if anything) and the displays there are now. */
export function initialBounds(saved: WindowState | undefined): WindowState {
  const displays = screen.getAllDisplays();
  if (saved) {
    const best = displays
      .map((display) => ({ display, shared: overlap(saved.bounds, display.workArea) }))
      .sort((a, b) => b.shared - a.shared)[0];
    if (best && best.shared > 0) return { bounds: clampInto(saved.bounds, best.display.workArea), maximized: saved.maximized };
  }
  const area = screen.getPrimaryDisplay().workArea;
  const width = Math.min(PREFERRED_SIZE.width, area.width);
  const height = Math.min(PREFERRED_SIZE.height, area.height);
  const bounds = { x: area.x + Math.round((area.width - width) / 2), y: area.y + Math.round((area.height - height) / 2), width, height };
  return { bounds, maximized: false };
}

function isRect(value: unknown): value is Rectangle {
  const r = value as Rectangle | undefined;
  return Boolean(r) && [r?.x, r?.y, r?.width, r?.height].every((n) => typeof n === 'number' && Number.isFinite(n)) && r!.width > 0 && r!.height > 0;
}

/** The saved state, or undefined when there is none or it cannot be read (then the window simply opens centred). */
export async function loadWindowState(file: string): Promise<WindowState | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as { schemaVersion?: number; bounds?: unknown; maximized?: unknown };
    if (parsed.schemaVersion !== SCHEMA_VERSION || !isRect(parsed.bounds)) return undefined;
    return { bounds: parsed.bounds, maximized: parsed.maximized === true };
  } catch {
    return undefined;
  }
}

export function windowStateFile(userData: string): string {
  return path.join(userData, 'window-state.json');
}

/**
 * Saves the window's place a moment after it stops moving or resizing, and at once when it closes. `remember` keeps
 * the latest state in memory too, so a window reopened on macOS opens where the last one was.
 */
export function trackWindowState(win: BrowserWindow, file: string, remember: (state: WindowState) => void): void {
  let timer: NodeJS.Timeout | undefined;
  const current = (): WindowState => ({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  const text = (state: WindowState) => JSON.stringify({ schemaVersion: SCHEMA_VERSION, ...state });
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const state = current();
      remember(state);
      writeFileAtomically(file, text(state)).catch((error: unknown) => console.warn('[window] could not remember the window’s place:', error));
    }, SAVE_DELAY_MS);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', later);
  // When the window closes the app may be about to exit, so this write is finished before going on (a few bytes).
  win.on('close', () => {
    clearTimeout(timer);
    const state = current();
    remember(state);
    try {
      writeFileSync(`${file}.tmp`, text(state));
      renameSync(`${file}.tmp`, file);
    } catch (error) {
      console.warn('[window] could not remember the window’s place:', error);
    }
  });
}
