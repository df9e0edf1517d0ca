// Turning rendered bytes into the file the user keeps, under a name that every file system accepts.
import type { MadeFile } from '../../files/held-files';

/** "Itinerary – HKSTP to Beijing.pdf": characters Windows and macOS refuse are replaced, and the name kept short. */
export function pdfFileName(prefix: string, title: string): string {
  const cleaned = title
    // eslint-disable-next-line no-control-regex
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '');
  const short = Array.from(cleaned).slice(0, 80).join('').trim();
  return `${prefix}${short ? ` – ${short}` : ''}.pdf`;
}

export function pdfFile(fileName: string, bytes: Uint8Array): MadeFile {
  return { fileName, mime: 'application/pdf', bytes };
}
