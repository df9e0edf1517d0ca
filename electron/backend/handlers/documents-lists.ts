// export.* for the lists logistics staff hand on: the driver's sheet, the hosts' programme, the rooming list, the
// travel manifest (and the trip pack for phones until it moves to documents-people.ts). Built in ../export/logistics/.
import type { Paper } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import { exportDriverSheetPdf } from '../export/logistics/driver-sheet';
import { exportHostProgrammePdf } from '../export/logistics/host-programme';
import { exportManifest } from '../export/logistics/manifest';
import { exportRoomingList } from '../export/logistics/rooming';
import type { DocumentSources } from '../export/sources';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.driverSheetPdf' | 'export.hostProgrammePdf' | 'export.roomingList' | 'export.manifest' | 'export.tripPack'>;

export function documentsListsHandlers(ctx: HandlerContext): Group {
  const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  // As in documents.ts: the file is held here and saved by id; a PDF's engine starts while its HTML is built; a call
  // naming no paper gets this device's.
  const hold = ctx.files.hold.bind(ctx.files);
  const prepare = () => sources.pdf?.prepare?.();
  const withPaper = <T extends { paper?: Paper }>(input: T): T & { paper: Paper } => ({ ...input, paper: input.paper ?? ctx.store.meta().settings?.paper ?? 'A4' });
  // Placeholder until the trip pack is built (helper "people" moves it): a trip that does not exist is named as such.
  const notYet = async ({ tripId }: { tripId: string }): Promise<never> => {
    const trip = await ctx.store.get('trips', tripId);
    if (!trip || trip.deleted) throw notFound('trip', tripId);
    throw new BackendError('internal', 'This document is not built yet.');
  };
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
    'export.tripPack': notYet,
  };
}
