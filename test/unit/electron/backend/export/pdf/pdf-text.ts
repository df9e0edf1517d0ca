// Reading a made PDF back as people would see it: poppler's pdftotext (whole document or one page) and pdftoppm.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Text of the PDF (or of page `page` only), laid out as on the page (`-layout`) or in reading order. */
export async function pdfText(file: string, options: { page?: number; layout?: boolean } = {}): Promise<string> {
  const args = [...(options.layout === false ? [] : ['-layout']), ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []), file, '-'];
  return (await run('pdftotext', args, { maxBuffer: 50_000_000 })).stdout;
}

export async function pdfPages(file: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [file]);
  return Number(/Pages:\s+(\d+)/.exec(stdout)?.[1] ?? 0);
}

/**
 * PNGs of pages `first`..`last` at `dpi`, named `<prefix>-<n>.png`, for a person to look at. The folder is made here:
 * a test that counted on another file's test having made it failed on a new machine when it ran first.
 */
export async function pdfPngs(file: string, prefix: string, first: number, last: number, dpi = 60): Promise<void> {
  await mkdir(path.dirname(prefix), { recursive: true });
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), file, prefix]);
}

/** Whitespace folded to single spaces, so words that wrapped onto two lines are still found. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}
