// Renders the app icon, assets/icon/icon.svg, into what the installers need (npm run build:icons, part of npm run
// dist): PNG from 16 to 1024 px for Linux (icons/png/<n>x<n>.png), icon.ico for Windows and icon.icns for macOS, in
// dist-assets/ (electron-builder.yml's buildResources). Generated on every packaging run, never committed, so the SVG
// stays the one source. resvg draws the SVG (its binary comes inside an npm package); png2icons is plain JavaScript.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

export const ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Draws the SVG at `size` px square; resvg renders each size from the vector, so small sizes stay sharp. */
export function renderPng(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng();
}

export async function buildIcons({ svgPath = 'assets/icon/icon.svg', outDir = 'dist-assets/icons' } = {}) {
  const svg = await readFile(svgPath);
  await mkdir(path.join(outDir, 'png'), { recursive: true });
  const pngs = new Map(ICON_SIZES.map((size) => [size, renderPng(svg, size)]));
  await Promise.all([...pngs].map(([size, png]) => writeFile(path.join(outDir, 'png', `${size}x${size}.png`), png)));
  const largest = pngs.get(1024);
  await writeFile(path.join(outDir, 'icon.png'), largest);
  // png2icons scales the 1024 px drawing down to each size the format holds (ICO: 16–256, ICNS: 16–1024).
  const ico = png2icons.createICO(largest, png2icons.BICUBIC2, 0, true, true);
  const icns = png2icons.createICNS(largest, png2icons.BICUBIC2, 0);
  if (!ico || !icns) throw new Error(`Could not make icon.ico or icon.icns from ${svgPath}: png2icons refused the 1024 px PNG.`);
  await writeFile(path.join(outDir, 'icon.ico'), ico);
  await writeFile(path.join(outDir, 'icon.icns'), icns);
  return { outDir, sizes: ICON_SIZES };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outDir } = await buildIcons();
  console.log(`icons: PNG ${ICON_SIZES.join(', ')} px, icon.ico and icon.icns in ${outDir}`);
}
