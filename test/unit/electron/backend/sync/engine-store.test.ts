// store.applyRemote, which the engine writes merged records through: not logged, validated, held back, announced.
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../../../electron/backend/store';
import { tempDir } from '../../../helpers/tmp';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => cleanup?.());

describe('store.applyRemote', () => {
  it('writes valid records without logging them, holds back partial ones, and announces the rest', async () => {
    const tmp = await tempDir();
    cleanup = tmp.cleanup;
    const store = await openStore({ dataDir: tmp.dir, clock: { now: () => Date.parse('2026-01-05T02:00:00Z') } });
    const heard: string[] = [];
    store.onChanges((changes) => heard.push(...changes.map((c) => `${c.collection}/${c.id}`)));
    const values = { name: { en: 'Mei Chan', zhHant: '', zhHans: '' }, createdAt: '2026-01-01T00:00:00.000Z', deleted: false };
    const partial = { collection: 'members' as const, id: 'm2', values: { role: 'Officer' } };
    const result = await store.applyRemote([{ collection: 'members', id: 'm1', values }, partial]);
    expect(result.held).toEqual([partial]);
    expect((await store.get('members', 'm1'))?.name.en).toBe('Mei Chan');
    expect(await store.get('members', 'm2')).toBeUndefined();
    expect(heard).toEqual(['members/m1']);
    expect(await store.changes()).toEqual([]);
    await store.close();
  });
});
