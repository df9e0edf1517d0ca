// The Electron client over the preload's bridge: calls unwrap Replies, and the desktop shell (menu language, folder
// dialog) is offered exactly when the bridge has it, so the renderer chooses its platform in one place.
import { describe, expect, it, vi } from 'vitest';
import { createIpcClient, type PlannerBridge } from '../../../../../renderer/src/api/ipcClient';
import { ENGLISH_MENU_LABELS } from '../../../../../shared/desktop';

function bridge(extra: Partial<PlannerBridge> = {}): PlannerBridge {
  return { call: vi.fn(async () => ({ ok: true as const, result: [] })), on: vi.fn(() => () => {}), ...extra };
}

describe('createIpcClient', () => {
  it('offers the folder dialog and the menu language through the bridge', async () => {
    const chooseFolder = vi.fn(async () => '/Volumes/Team/Sync');
    const setMenuLabels = vi.fn(async () => {});
    const client = createIpcClient(bridge({ chooseFolder, setMenuLabels }));
    expect(await client.desktop?.chooseFolder({ title: 'Shared folder' })).toBe('/Volumes/Team/Sync');
    expect(chooseFolder).toHaveBeenCalledWith({ title: 'Shared folder' });
    await client.desktop?.setMenuLabels(ENGLISH_MENU_LABELS);
    expect(setMenuLabels).toHaveBeenCalledWith(ENGLISH_MENU_LABELS);
  });

  it('has no desktop shell when the bridge offers none', () => {
    expect(createIpcClient(bridge()).desktop).toBeUndefined();
  });

  it('saves an export by its id alone: the window never holds or sends the file', async () => {
    const call = vi.fn(async () => ({ ok: true as const, result: { saved: true, path: '/home/me/a.pdf' } }));
    const client = createIpcClient(bridge({ call }));
    const file = { id: 'abc123', fileName: 'a.pdf', mime: 'application/pdf', size: 1234 };
    expect(await client.saveFile(file)).toEqual({ saved: true, path: '/home/me/a.pdf' });
    expect(call).toHaveBeenCalledWith('files.saveAs', { id: 'abc123' });
  });
});
