// export.* for the people who carry a programme: a member's own itinerary, the principal's day summary and the phone
// trip pack. Built in ../export/logistics/ (issue 14).
import type { Handlers } from '../dispatch';
import type { DocumentSources } from '../export/sources';
import { exportMemberItineraryPdf, exportPrincipalSummaryPdf } from '../export/logistics/member-handler';
import { exportTripPack } from '../export/logistics/trip-pack-handler';
import type { HandlerContext } from './context';
import { paperOf } from './documents';

type Group = Pick<Handlers, 'export.memberItineraryPdf' | 'export.principalSummaryPdf' | 'export.tripPack'>;

export function documentsPeopleHandlers(ctx: HandlerContext): Group {
  const sources: DocumentSources = { store: ctx.store, pdf: ctx.ports.pdf };
  const hold = ctx.files.hold.bind(ctx.files);
  const withPaper = paperOf(ctx);
  return {
    'export.memberItineraryPdf': async (input) => {
      sources.pdf?.prepare?.();
      return hold(await exportMemberItineraryPdf(sources, withPaper(input)));
    },
    'export.principalSummaryPdf': async (input) => {
      sources.pdf?.prepare?.();
      return hold(await exportPrincipalSummaryPdf(sources, withPaper(input)));
    },
    'export.tripPack': async (input) => hold(await exportTripPack(sources, input, new Date(ctx.clock.now()).toISOString().slice(0, 10))),
  };
}
