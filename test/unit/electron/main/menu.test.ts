// The application menu: Load sample trips… reaches the renderer as a menu event; devtools only when unpackaged.
import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Menu, resetElectronMock } from '../electron-mock';
import { installMenu, menuTemplate } from '../../../../electron/main/menu';

vi.mock('electron', () => import('../electron-mock'));

beforeEach(() => resetElectronMock());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('menuTemplate', () => {
  it('has File, Edit, View, Window and Help', () => {
    const template = menuTemplate({ isPackaged: true, platform: 'linux', sendCommand: vi.fn() });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu', 'help']);
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
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'reload', 'zoomIn', 'zoomOut', 'resetZoom']));
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
});
