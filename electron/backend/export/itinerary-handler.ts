// export.itineraryPdf: reads the trip, builds the itinerary HTML and has the host's PdfRenderer print it.
// Kept apart from handlers/documents.ts so each document's handler has one owner; documents.ts only points here.
import type { Paper, ParsedInputOf } from '../../../shared/contract';
import type { MadeFile } from '../files/held-files';
import { BackendError, notFound } from '../errors';
import { live, liveNamed } from '../store/live';
import type { DocumentSources } from './sources';
import { itineraryHtml } from './itinerary';
import type { ItinerarySource } from './itinerary-data';
import { pdfFile, pdfFileName, withRunningHead } from './pdf';
import { finishingPass } from './simplified';

/** Everything the itinerary may show about one trip, tombstones left out. */
export async function loadItinerarySource({ store }: Pick<DocumentSources, 'store'>, tripId: string): Promise<ItinerarySource> {
  const trip = await store.get('trips', tripId);
  if (!trip || trip.deleted) throw notFound('trip', tripId);
  const [allEvents, allNotes] = await Promise.all([store.ofTrip('events', tripId), store.ofTrip('notes', tripId)]);
  const events = live(allEvents);
  const notes = live(allNotes);
  // Only what the itinerary can show is read (each record from its own directory shard, not whole directories): the
  // delegation, the events' people and organisations, the notes' authors, and the organisation of each contact shown.
  const [members, contacts] = await Promise.all([
    liveNamed(store, 'members', [...trip.memberIds, ...events.flatMap((e) => e.memberIds), ...notes.flatMap((n) => n.authorId ?? [])]),
    liveNamed(store, 'contacts', events.flatMap((e) => e.contactIds)),
  ]);
  const organisations = await liveNamed(store, 'organisations', [...events.flatMap((e) => e.organisationIds), ...contacts.flatMap((c) => c.organisationId ?? [])]);
  return { trip, events, notes, members, organisations, contacts };
}

/** `paper` is filled in by the handler from this device's settings when the call named none. */
export async function exportItineraryPdf(sources: DocumentSources, input: ParsedInputOf<'export.itineraryPdf'> & { paper: Paper }): Promise<MadeFile> {
  const { pdf } = sources;
  if (!pdf) {
    throw new BackendError('internal', 'This copy of the app has no PDF engine, so the itinerary could not be made. Nothing was changed.');
  }
  // 简体: the 繁體 document (names in their stored Simplified spelling) through OpenCC; see ./simplified.ts.
  const pass = await finishingPass(input.language);
  const source = await loadItinerarySource(sources, input.tripId);
  const document = itineraryHtml(source, { language: input.language, includeNotes: input.includeNotes, includeRestricted: input.includeRestricted });
  const running = { ...document.running, title: pass(document.running.title) };
  let bytes: Uint8Array;
  try {
    bytes = await pdf.render(withRunningHead(pass(document.html), running), { paper: input.paper });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new BackendError('internal', `The PDF engine could not print the itinerary (${reason}). Nothing was changed; try again, or restart the app if it keeps failing.`);
  }
  return pdfFile(pdfFileName(document.fileNamePrefix, running.title), bytes);
}
