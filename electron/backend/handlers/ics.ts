// export.ics and import.ics*: a trip's events to and from iCalendar files, with real zones both ways. A file is read
// in a worker with bounds on time and memory (workers/run-bounded.ts); a large import is written in batches with
// progress, and either can be cancelled.
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import { eventsByUid, planImport, previewOf } from '../export/ics/import-plan';
import type { IcsEntry } from '../export/ics/read-ics';
import { icsFileName, writeIcs } from '../export/ics/write-ics';
import type { Job } from '../workers/jobs';
import type { ImportJobs } from '../workers/jobs';
import { cancelledError, runBounded } from '../workers/run-bounded';
import type { Trip } from '../../../shared/model';
import type { HandlerContext } from './context';
import { live } from '../store/live';

type Group = Pick<Handlers, 'export.ics' | 'import.icsPreview' | 'import.icsApply'>;

const what = 'This calendar file';
/** Events per write: small enough that other calls are answered between writes, large enough to finish quickly. */
export const IMPORT_BATCH = 1000;

export function icsHandlers(ctx: HandlerContext, jobs: ImportJobs): Group {
  const { store } = ctx;

  async function liveTrip(id: string): Promise<Trip> {
    const trip = await store.get('trips', id);
    if (!trip || trip.deleted) throw notFound('trip', id);
    return trip;
  }

  async function tripEvents(tripId: string) {
    return live(await store.ofTrip('events', tripId));
  }

  function read(text: string, trip: Trip, job: Job): Promise<IcsEntry[]> {
    const zones = { legs: trip.legs, homeTimeZone: trip.homeTimeZone, startDate: trip.startDate, endDate: trip.endDate };
    return runBounded('ics.read', { text, trip: zones }, { what, signal: job.signal, onProgress: (p) => job.progress('reading', p.done, p.total) });
  }

  return {
    async 'export.ics'({ tripId, memberId }) {
      const trip = await liveTrip(tripId);
      let events = await tripEvents(tripId);
      let memberName: string | undefined;
      if (memberId) {
        const member = await store.get('members', memberId);
        if (!member || member.deleted) throw notFound('member', memberId);
        memberName = member.name.en;
        events = events.filter((e) => e.memberIds.includes(memberId));
      }
      const [organisations, contacts] = await Promise.all([store.all('organisations'), store.all('contacts')]);
      const text = writeIcs({ trip, events, organisations: live(organisations), contacts: live(contacts), now: new Date(ctx.clock.now()) });
      return ctx.files.hold({ fileName: icsFileName(trip.title, memberName), mime: 'text/calendar', bytes: Buffer.from(text, 'utf8') });
    },

    async 'import.icsPreview'({ tripId, text, jobId }) {
      const trip = await liveTrip(tripId);
      return jobs.run(jobId, async (job) => {
        const entries = await read(text, trip, job);
        const preview = previewOf(entries, eventsByUid(await tripEvents(tripId)));
        // In time order; entries without a usable start go last. Plain comparison: ISO instants sort as text.
        const key = (e: { start: string }) => e.start || '\uffff';
        return { events: preview.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
      });
    },

    async 'import.icsApply'({ tripId, text, uids, jobId }) {
      const trip = await liveTrip(tripId);
      return jobs.run(jobId, async (job) => {
        const entries = await read(text, trip, job);
        const known = new Set(entries.map((e) => e.uid));
        const unknown = uids.filter((uid) => !known.has(uid));
        if (unknown.length > 0) {
          throw new BackendError(
            'invalid-input',
            `${unknown.length} of the chosen entries are not in this calendar file (${unknown.slice(0, 3).join(', ')}). Nothing was imported; preview the file again.`,
            { unknown },
          );
        }
        const plan = planImport(tripId, entries, uids, eventsByUid(await tripEvents(tripId)));
        if (plan.mutations.length > 0) {
          const subject = plan.mutations.length === 1 ? (plan.mutations[0]!.fields.title ?? trip.title) : trip.title;
          const total = plan.mutations.length;
          job.progress('writing', 0, total);
          await ctx.history.applyInBatches({ action: 'event.import', subject, tripId }, plan.mutations, {
            size: IMPORT_BATCH,
            signal: job.signal,
            onBatch: (done) => job.progress('writing', done, total),
            cancelled: () => cancelledError(what),
          });
        }
        return { created: plan.created, updated: plan.updated, skipped: plan.skipped };
      });
    },
  };
}
