// electron-builder.yml ships only what the packaged app runs, takes its icons from what scripts/build-icons.mjs makes
// out of assets/, and names the Linux installers.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface BuilderConfig {
  directories: { buildResources: string };
  files: string[];
  asarUnpack: string[];
  linux: { target: string[]; icon: string };
  win: { icon: string };
  mac: { icon: string };
}
const config = parse(readFileSync('electron-builder.yml', 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
const buildNode = readFileSync('scripts/build-node.mjs', 'utf8');

describe('packaging', () => {
  it('packs the built renderer, the Electron bundles and package.json', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'dist-electron/**', 'package.json']));
  });

  it('leaves out node_modules, playwright-core and browser mode with it, and the source maps', () => {
    expect(config.files).toContain('!node_modules{,/**/*}');
    expect(config.files).toContain('!**/*.map');
    expect(config.files).toContain('!dist-electron/web.mjs');
    // Leaving node_modules out is safe only while the Electron bundles keep nothing but electron itself external.
    const cjsEntries = buildNode.split('\n').filter((line) => line.includes("format: 'cjs'"));
    expect(cjsEntries.length).toBeGreaterThan(0);
    for (const line of cjsEntries) expect(line).toContain("external: ['electron']");
  });

  it('keeps the import worker outside the asar, where a worker thread can read it', () => {
    expect(buildNode).toContain("outfile: 'dist-electron/import-worker.mjs'");
    expect(config.asarUnpack).toContain('dist-electron/import-worker.mjs');
  });

  it('takes every icon from the generated dist-assets, which npm run dist makes before packaging', () => {
    expect(config.directories.buildResources).toBe('dist-assets');
    expect(config.linux.icon).toBe('dist-assets/icons/png');
    expect(config.win.icon).toBe('dist-assets/icons/icon.ico');
    expect(config.mac.icon).toBe('dist-assets/icons/icon.icns');
    expect(pkg.scripts.dist).toMatch(/npm run build:icons && electron-builder/);
    expect(pkg.scripts['build:icons']).toBe('node scripts/build-icons.mjs');
    const script = readFileSync(path.join('scripts', 'build-icons.mjs'), 'utf8');
    expect(script).toContain("outDir = 'dist-assets/icons'");
  });

  it('names AppImage and deb as the Linux targets', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
  });
});
