// The app icon: one SVG in assets/, and every bitmap the installers need generated from it by a library.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIcons, ICON_SIZES } from '../../../scripts/build-icons.mjs';
import { tempDir } from '../helpers/tmp';

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('icons generated from assets/icon/icon.svg', () => {
  let dir = '';
  let cleanup = async () => {};
  beforeAll(async () => {
    ({ dir, cleanup } = await tempDir('planner-icons-'));
    await buildIcons({ outDir: dir });
  }, 60_000);
  afterAll(() => cleanup());

  it('renders a PNG of every size from 16 to 1024 px', async () => {
    expect(ICON_SIZES[0]).toBe(16);
    expect(ICON_SIZES.at(-1)).toBe(1024);
    for (const size of ICON_SIZES) {
      expect(pngSize(await readFile(path.join(dir, 'png', `${size}x${size}.png`)))).toEqual({ width: size, height: size });
    }
    expect(pngSize(await readFile(path.join(dir, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('draws the icon, not a blank square', async () => {
    const png = await readFile(path.join(dir, 'png', '16x16.png'));
    // Small but real: a blank 16 px PNG compresses to well under 100 bytes.
    expect(png.length).toBeGreaterThan(200);
  });

  it('makes a Windows .ico holding 16 to 256 px', async () => {
    const ico = await readFile(path.join(dir, 'icon.ico'));
    expect(ico.readUInt16LE(0)).toBe(0);
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    // Each directory entry is 16 bytes; a width byte of 0 means 256.
    const widths = Array.from({ length: count }, (_, i) => ico.readUInt8(6 + i * 16) || 256);
    expect(widths).toContain(16);
    expect(widths).toContain(32);
    expect(widths).toContain(256);
  });

  it('makes a macOS .icns up to 1024 px', async () => {
    const icns = await readFile(path.join(dir, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    // ic10 is the 1024 px (512@2x) image.
    expect(icns.includes(Buffer.from('ic10', 'latin1'))).toBe(true);
  });
});
