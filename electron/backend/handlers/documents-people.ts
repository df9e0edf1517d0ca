// export.* for the people who carry a programme: a member's own itinerary, a driver's sheet, the principal's day
// summary and the hosts' programme. Built in ../export/logistics/ (issue 14).
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.memberItineraryPdf' | 'export.principalSummaryPdf'>;


export function documentsPeopleHandlers(ctx: HandlerContext): Group {
  // Placeholder until the documents are built: a trip that does not exist is named as such, as by every export.
  const notYet = async ({ tripId }: { tripId: string }): Promise<never> => {
    const trip = await ctx.store.get('trips', tripId);
    if (!trip || trip.deleted) throw notFound('trip', tripId);
    throw new BackendError('internal', 'This document is not built yet.');
  };
  return {
    'export.memberItineraryPdf': notYet,
    'export.principalSummaryPdf': notYet,
  };
}
