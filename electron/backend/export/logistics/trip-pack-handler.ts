// export.tripPack: the phone trip pack as one .html file (see ./trip-pack.ts); no PDF engine needed.
import type { ParsedInputOf } from '../../../../shared/contract';
import type { MadeFile } from '../../files/held-files';
import { pdfFileName } from '../pdf';
import { finishingPass } from '../simplified';
import type { DocumentSources } from '../sources';
import { peopleLabels } from './member-labels';
import { loadLogistics } from './common';
import { tripPackHtml } from './trip-pack';

export async function exportTripPack(sources: DocumentSources, input: ParsedInputOf<'export.tripPack'>, madeOn: string): Promise<MadeFile> {
  const pass = await finishingPass(input.language);
  const source = await loadLogistics(sources, input.tripId);
  const pack = tripPackHtml(source, { language: input.language, includeRestricted: input.includeRestricted, memberId: input.memberId, madeOn });
  // The same safe file name as the PDFs, ending in .html.
  const fileName = pdfFileName(pass(peopleLabels(input.language).tripPack), pass(pack.title)).replace(/\.pdf$/, '.html');
  return { fileName, mime: 'text/html', bytes: new TextEncoder().encode(pass(pack.html)) };
}
