// export.* for the people who carry a programme: a member's own itinerary, a driver's sheet, the principal's day
// summary, the hosts' programme and the phone trip pack. Built in ../export/logistics/ (issue 14).
import type { Paper } from '../../../shared/contract';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import type { DocumentSources } from '../export/sources';
import { exportMemberItineraryPdf, exportPrincipalSummaryPdf } from '../export/logistics/member-handler';
import { exportTripPack } from '../export/logistics/trip-pack-handler';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.memberItineraryPdf' | 'export.driverSheetPdf' | 'export.principalSummaryPdf' | 'export.hostProgrammePdf' | 'export.tripPack'>;


export function documentsPeopleHandlers(ctx: HandlerContext): Group {
  // Placeholder until the documents are built: a trip that does not exist is named as such, as by every export.
  const notYet = async ({ tripId }: { tripId: string }): Promise<never> => {
    const trip = await ctx.store.get('trips', tripId);
    if (!trip || trip.deleted) throw notFound('trip', tripId);
    throw new BackendError('internal', 'This document is not built yet.');
  };
  const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  const hold = ctx.files.hold.bind(ctx.files);
  // A call that names no paper gets this device's (settings.paper, A4 unless changed), as handlers/documents.ts does.
  const withPaper = <T extends { paper?: Paper }>(input: T): T & { paper: Paper } => ({ ...input, paper: input.paper ?? ctx.store.meta().settings?.paper ?? 'A4' });
  return {
    'export.memberItineraryPdf': async (input) => {
      sources.pdf?.prepare?.();
      return hold(await exportMemberItineraryPdf(sources, withPaper(input)));
    },
    'export.driverSheetPdf': notYet,
    'export.principalSummaryPdf': async (input) => {
      sources.pdf?.prepare?.();
      return hold(await exportPrincipalSummaryPdf(sources, withPaper(input)));
    },
    'export.hostProgrammePdf': notYet,
    'export.tripPack': async (input) => hold(await exportTripPack(sources, input, new Date(ctx.clock.now()).toISOString().slice(0, 10))),
  };
}
