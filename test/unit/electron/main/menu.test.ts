// The application menu: its commands reach the renderer as menu events, its labels follow the app's language, and
// Reload and devtools exist only when unpackaged.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetElectronMock } from '../electron-mock';
import { installMenu, menuTemplate } from '../../../../electron/main/menu';
import { ENGLISH_MENU_LABELS } from '../../../../shared/desktop';

vi.mock('electron', () => import('../electron-mock'));

beforeEach(() => resetElectronMock());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    const template = menuTemplate({ isPackaged: true, platform: 'linux', sendCommand: vi.fn() });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });

  it.each([
    ['New trip', 'trips.new'],
    ['Export…', 'export.open'],
    ['Print itinerary…', 'itinerary.print'],
    ['Sync now', 'sync.now'],
    ['Keyboard shortcuts', 'help.shortcuts'],
    ['Delegation Planner help', 'help.open'],
  ])('%s sends the %s command to the clicked window', (label, command) => {
    const sendCommand = vi.fn();
    const item = flatten(menuTemplate({ isPackaged: true, platform: 'win32', sendCommand })).find((i) => i.label === label);
    const window = { id: 1 };
    item?.click?.({} as never, window as never, {} as never);
    expect(sendCommand).toHaveBeenCalledWith(command, window);
  });

  it.each([
    ['Same as system', 'theme.system'],
    ['Light', 'theme.light'],
    ['Dark', 'theme.dark'],
  ])('View › Appearance › %s sends the %s command to the clicked window', (label, command) => {
    const sendCommand = vi.fn();
    const view = menuTemplate({ isPackaged: true, platform: 'linux', sendCommand }).find((m) => m.label === '&View');
    const appearance = flatten(view?.submenu as MenuItemConstructorOptions[]).find((i) => i.label === 'Appearance');
    const item = (appearance?.submenu as MenuItemConstructorOptions[] | undefined)?.find((i) => i.label === label);
    const window = { id: 1 };
    item?.click?.({} as never, window as never, {} as never);
    expect(sendCommand).toHaveBeenCalledWith(command, window);
  });

  it('is written in the language it is given, role items included', () => {
    const labels = { ...ENGLISH_MENU_LABELS, file: '檔案(&F)', newTrip: '新增行程', copy: '複製', help: '說明(&H)' };
    const items = flatten(menuTemplate({ isPackaged: true, platform: 'win32', labels, sendCommand: vi.fn() }));
    expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['檔案(&F)', '新增行程', '複製', '說明(&H)']));
    expect(items.map((i) => i.label)).not.toContain('New trip');
  });

  it('offers Reload only when the app is not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ isPackaged, platform: 'linux', sendCommand: vi.fn() })).map((i) => i.role);
    expect(roles(false)).toContain('reload');
    expect(roles(true)).not.toContain('reload');
  });

  it('File › Load sample trips… sends the samples.offer command to the clicked window', () => {
    const sendCommand = vi.fn();
    const item = flatten(menuTemplate({ isPackaged: true, platform: 'linux', sendCommand })).find((i) => i.label === 'Load sample trips…');
    const window = { id: 1 };
    item?.click?.({} as never, window as never, {} as never);
    expect(sendCommand).toHaveBeenCalledWith('samples.offer', window);
  });

  it('offers the editing roles', () => {
    const roles = flatten(menuTemplate({ isPackaged: true, platform: 'linux', sendCommand: vi.fn() })).map((i) => i.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn', 'zoomOut', 'resetZoom']));
  });

  it('offers developer tools only when the app is not packaged', () => {
    const roles = (isPackaged: boolean) => flatten(menuTemplate({ isPackaged, platform: 'linux', sendCommand: vi.fn() })).map((i) => i.role);
    expect(roles(false)).toContain('toggleDevTools');
    expect(roles(true)).not.toContain('toggleDevTools');
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate({ isPackaged: true, platform: 'darwin', sendCommand: vi.fn() })[0]?.role).toBe('appMenu');
  });
});

describe('installMenu', () => {
  it('sets the application menu', () => {
    installMenu({ isPackaged: false, platform: 'linux', sendCommand: vi.fn() });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('rebuilds the menu in another language when asked', () => {
    const relabel = installMenu({ isPackaged: false, platform: 'linux', sendCommand: vi.fn() });
    relabel({ ...ENGLISH_MENU_LABELS, file: '檔案(&F)' });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const [template] = Menu.buildFromTemplate.mock.calls[1] as unknown as [{ label?: string }[]];
    expect(template[0]?.label).toBe('檔案(&F)');
  });
});
