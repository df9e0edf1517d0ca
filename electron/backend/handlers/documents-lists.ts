// export.* for the lists logistics staff hand on: the driver's sheet, the hosts' programme, the rooming list and the
// travel manifest. Built in ../export/logistics/.
import type { Handlers } from '../dispatch';
import { exportDriverSheetPdf } from '../export/logistics/driver-sheet';
import { exportHostProgrammePdf } from '../export/logistics/host-programme';
import { exportManifest } from '../export/logistics/manifest';
import { exportRoomingList } from '../export/logistics/rooming';
import type { DocumentSources } from '../export/sources';
import type { HandlerContext } from './context';
import { paperOf } from './documents';

type Group = Pick<Handlers, 'export.driverSheetPdf' | 'export.hostProgrammePdf' | 'export.roomingList' | 'export.manifest'>;

export function documentsListsHandlers(ctx: HandlerContext): Group {
  const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  // As in documents.ts: the file is held here and saved by id; a PDF's engine starts while its HTML is built.
  const hold = ctx.files.hold.bind(ctx.files);
  const prepare = () => sources.pdf?.prepare?.();
  const withPaper = paperOf(ctx);
  return {
    'export.driverSheetPdf': async (input) => {
      prepare();
      return hold(await exportDriverSheetPdf(sources, withPaper(input)));
    },
    'export.hostProgrammePdf': async (input) => {
      prepare();
      return hold(await exportHostProgrammePdf(sources, withPaper(input)));
    },
    'export.roomingList': async (input) => {
      if (input.format === 'pdf') prepare();
      return hold(await exportRoomingList(sources, withPaper(input), new Date(ctx.clock.now())));
    },
    'export.manifest': async (input) => hold(await exportManifest(sources, input, new Date(ctx.clock.now()))),
  };
}
