// The one atomic write every writer uses: the target holds the old content until the rename and the whole new
// content after it; a failure leaves no temp file; the mode asked for is the file's from its first byte.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type AtomicWriteFs, tempPathFor, writeFileAtomically } from '../../../../../electron/backend/files/atomic-write';
import { tempDir } from '../../../helpers/tmp';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

const modeOf = async (file: string) => (await fs.stat(file)).mode & 0o777;
const posix = process.platform !== 'win32';

describe('writeFileAtomically', () => {
  it('writes text or bytes to a new file and leaves only that file', async () => {
    await writeFileAtomically(path.join(dir, 'a.json'), '{"a":1}');
    await writeFileAtomically(path.join(dir, 'b.bin'), new Uint8Array([0, 1, 2, 255]));
    expect(await fs.readFile(path.join(dir, 'a.json'), 'utf8')).toBe('{"a":1}');
    expect([...(await fs.readFile(path.join(dir, 'b.bin')))]).toEqual([0, 1, 2, 255]);
    expect((await fs.readdir(dir)).sort()).toEqual(['a.json', 'b.bin']);
  });

  it('replaces atomically: the old content stays whole until the rename, then the new content is all there', async () => {
    const target = path.join(dir, 'doc.txt');
    await fs.writeFile(target, 'old content that is longer than the new one');
    let seenBeforeRename = '';
    await writeFileAtomically(target, 'new', {
      beforeRename: async () => {
        seenBeforeRename = await fs.readFile(target, 'utf8');
        // The new content is complete (and flushed) in the temp file before it takes the target's place.
        expect(await fs.readFile(tempPathFor(target), 'utf8')).toBe('new');
      },
    });
    expect(seenBeforeRename).toBe('old content that is longer than the new one');
    expect(await fs.readFile(target, 'utf8')).toBe('new');
    expect(await fs.readdir(dir)).toEqual(['doc.txt']);
  });

  it('leaves no temp file and the old content when writing fails', async () => {
    const target = path.join(dir, 'doc.txt');
    await fs.writeFile(target, 'old');
    const full: AtomicWriteFs = {
      ...fs,
      open: (async (...args: Parameters<typeof fs.open>) => {
        const handle = await fs.open(...args);
        // A full disk: the temp file opens, writing into it fails.
        const refuse = async () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }));
        return new Proxy(handle, {
          get(h, prop) {
            if (prop === 'writeFile') return refuse;
            const value = Reflect.get(h, prop, h) as unknown;
            return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(h) : value;
          },
        });
      }) as AtomicWriteFs['open'],
    };
    await expect(writeFileAtomically(target, 'new', { fs: full })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fs.readdir(dir)).toEqual(['doc.txt']);
    expect(await fs.readFile(target, 'utf8')).toBe('old');
  });

  it('leaves no temp file when the rename keeps failing, after retrying a briefly locked file', async () => {
    const target = path.join(dir, 'doc.txt');
    let refusals = 2;
    const locked: AtomicWriteFs = {
      ...fs,
      rename: async (from, to) => {
        if (refusals-- > 0) throw Object.assign(new Error('locked'), { code: 'EBUSY' });
        return fs.rename(from, to);
      },
    };
    await writeFileAtomically(target, 'first', { fs: locked });
    expect(await fs.readFile(target, 'utf8')).toBe('first');

    refusals = Infinity;
    await expect(writeFileAtomically(target, 'second', { fs: locked })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(await fs.readdir(dir)).toEqual(['doc.txt']);
    expect(await fs.readFile(target, 'utf8')).toBe('first');
  });

  it('fails without a temp file when the folder is missing, unless asked to create it', async () => {
    const target = path.join(dir, 'missing', 'deeper', 'x.json');
    await expect(writeFileAtomically(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fs.readdir(dir)).toEqual([]);
    await writeFileAtomically(target, 'x', { createDir: { mode: 0o700 } });
    expect(await fs.readFile(target, 'utf8')).toBe('x');
    if (posix) expect(await modeOf(path.join(dir, 'missing'))).toBe(0o700);
  });

  it.runIf(posix)('gives the file the private mode asked for, even over a leftover temp file with another mode', async () => {
    const target = path.join(dir, 'secret.json');
    await fs.writeFile(tempPathFor(target), 'left by a crash', { mode: 0o644 });
    await fs.chmod(tempPathFor(target), 0o644);
    await writeFileAtomically(target, '{}', { mode: 0o600 });
    expect(await modeOf(target)).toBe(0o600);
    expect(await fs.readdir(dir)).toEqual(['secret.json']);

    // Without a mode the umask decides, as for any file the user saves: readable by the owner, never executable.
    const plain = path.join(dir, 'plain.pdf');
    await writeFileAtomically(plain, 'x');
    const mode = await modeOf(plain);
    expect(mode & 0o600).toBe(0o600);
    expect(mode).toBe(0o666 & ~process.umask());
  });

  it('leaves the folder fsync to a group when given one', async () => {
    const added: string[] = [];
    await writeFileAtomically(path.join(dir, 'a.json'), '1', { dirSync: { add: (d) => added.push(d) } });
    expect(added).toEqual([dir]);
  });
});
