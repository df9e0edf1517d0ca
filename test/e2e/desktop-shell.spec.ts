// The desktop app's renderer side, in Chromium: the page gets a stand-in for the Electron preload's window.planner
// (calls go to the browser-mode server; menu commands and the folder dialog are played by the test), so the menu's
// language, menu commands, the folder dialog and the restart notice run through the real renderer code. Browser
// mode itself keeps its typed folder path with a hint. The window title names the open trip in both.
import type { Page } from '@playwright/test';
import { declineSamples, expect, openApp, shot, test, type Planner } from './fixtures';

interface DesktopStandIn {
  labels: Record<string, string>[];
  folderAsked: unknown[];
  push(event: string, payload: unknown): void;
}
/** The preload's bridge as the page sees it (electron/preload/index.ts). */
interface BridgeStandIn {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
  setMenuLabels(labels: Record<string, string>): Promise<void>;
  chooseFolder(options: unknown): Promise<string | null>;
}
declare global {
  interface Window {
    desktopStandIn: DesktopStandIn;
  }
}
type StandInWindow = Window & { planner?: BridgeStandIn };

async function openDesktop(page: Page, planner: Planner): Promise<void> {
  await page.addInitScript(
    ({ token }) => {
      const listeners = new Map<string, Set<(payload: unknown) => void>>();
      const standIn: DesktopStandIn = {
        labels: [],
        folderAsked: [],
        push: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
      };
      window.desktopStandIn = standIn;
      (window as StandInWindow).planner = {
        async call(method, input) {
          const response = await fetch(`/api/${method}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: JSON.stringify(input) });
          return response.json();
        },
        on(event, listener) {
          if (!listeners.has(event)) listeners.set(event, new Set());
          listeners.get(event)!.add(listener);
          return () => void listeners.get(event)?.delete(listener);
        },
        async setMenuLabels(labels) {
          standIn.labels.push(labels);
        },
        async chooseFolder(options) {
          standIn.folderAsked.push(options);
          return '/Volumes/Team/Sync';
        },
      };
    },
    { token: planner.token },
  );
  await page.goto(`${planner.baseURL}/`);
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
}

const menu = (page: Page, command: string) => page.evaluate((c) => window.desktopStandIn.push('menu', { command: c }), command);
const lastLabels = (page: Page) => page.evaluate(() => window.desktopStandIn.labels.at(-1));

test('the menu follows the app’s language', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await expect.poll(() => lastLabels(page)).toMatchObject({ file: '&File', newTrip: 'New trip', syncNow: 'Sync now' });
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await expect.poll(() => lastLabels(page)).toMatchObject({ file: '檔案(&F)', newTrip: '新增行程', syncNow: '立即同步' });
});

test('File › New trip goes to the trip list and opens the new trip form, from any page', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await page.goto(`${planner.baseURL}/#/sync`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  await menu(page, 'trips.new');
  await expect(page.getByRole('dialog', { name: 'New trip' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();

  // A menu command that changes page asks first when the form has unsaved edits; Keep editing drops the command.
  const form = page.getByRole('dialog', { name: 'New trip' });
  await form.getByLabel('Title').fill('Beijing visit');
  await menu(page, 'sync.now');
  const prompt = page.getByRole('dialog', { name: 'Discard changes?' });
  await prompt.getByRole('button', { name: 'Keep editing' }).click();
  await expect(prompt).toBeHidden();
  await expect(form.getByLabel('Title')).toHaveValue('Beijing visit');
  await expect(page.getByRole('heading', { level: 1, name: 'Trips' })).toBeVisible();
});

test('Print itinerary and Export… work on the open trip, and say what to do when none is open', async ({ page, planner }) => {
  await planner.call('samples.load', { keys: ['hkstp-beijing-2025'] });
  await openDesktop(page, planner);
  await menu(page, 'itinerary.print');
  await expect(page.getByText('Open a trip first: exporting and printing work on the trip you are looking at.')).toBeVisible();

  const title = 'HKSTP delegation to Beijing: talent and enterprise attraction';
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await menu(page, 'itinerary.print');
  const dialog = page.getByRole('dialog', { name: 'Itinerary PDF' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await menu(page, 'export.open');
  await expect(page.getByRole('menu', { name: 'Export' })).toBeVisible();
});

test('Help shows the keyboard shortcuts and a short help, in the chosen language', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await menu(page, 'help.shortcuts');
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+K Search everything/ })).toBeVisible();
  // The menu's own keys are listed where there is a menu.
  await expect(shortcuts.getByRole('row', { name: /Ctrl\+N New trip/ })).toBeVisible();
  await shot(page, 'desktop-shortcuts');
  await shortcuts.getByRole('button', { name: 'Close' }).last().click();
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await menu(page, 'help.open');
  await expect(page.getByRole('dialog', { name: '代表團行程規劃說明' })).toBeVisible();
});

test('the sync folder is chosen with the system folder dialog', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await page.goto(`${planner.baseURL}/#/sync`);
  const folder = page.getByLabel('Shared folder');
  await expect(folder).toHaveValue('');
  await page.getByRole('button', { name: 'Choose folder…' }).click();
  await expect(folder).toHaveValue('/Volumes/Team/Sync');
  expect(await page.evaluate(() => window.desktopStandIn.folderAsked)).toEqual([{ title: 'Choose the shared sync folder' }]);
  await expect(page.getByText('A browser cannot browse')).toHaveCount(0);
  await shot(page, 'desktop-sync-folder');
});

test('a restarted data service is announced in the chosen language', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await page.getByLabel('Language / 語言').selectOption({ label: '繁體中文' });
  await page.evaluate(() =>
    window.desktopStandIn.push('notice', { id: 'backend.restarted.1', level: 'warning', message: 'The data service stopped unexpectedly', at: new Date().toISOString() }),
  );
  await expect(page.getByRole('alert')).toContainText('資料服務意外停止，已重新啟動');
});

test('browser mode keeps a typed folder path, with a hint that says why', async ({ page, planner }) => {
  await openApp(page, planner);
  await declineSamples(page);
  await page.goto(`${planner.url.split('#')[0]}#/sync`);
  await expect(page.getByRole('heading', { level: 1, name: 'Sync' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Choose folder…' })).toHaveCount(0);
  await expect(page.getByLabel('Shared folder')).toHaveAccessibleDescription(/A browser cannot browse that computer’s folders/);
});

test('the window title names the open trip', async ({ page, planner }) => {
  await planner.call('samples.load', { keys: ['hkstp-beijing-2025'] });
  await openApp(page, planner);
  const title = 'HKSTP delegation to Beijing: talent and enterprise attraction';
  await page.getByRole('link', { name: title }).click();
  await expect(page).toHaveTitle(`${title} — Delegation Planner`);
  await page.getByRole('link', { name: 'Back' }).first().click();
  await expect(page).toHaveTitle('Delegation Planner');
});

test('View › Appearance switches between light and dark, as the header switch does', async ({ page, planner }) => {
  await openDesktop(page, planner);
  await declineSamples(page);
  await menu(page, 'theme.dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByLabel('Appearance')).toHaveValue('dark');
  await menu(page, 'theme.light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
