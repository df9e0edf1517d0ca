// notes.*: each member's own note on an event. Saving is autosave while typing, so it goes straight to the store
// (an undo step per pause in typing would bury every real step); deleting is a deliberate act and can be undone.
import { nanoid } from 'nanoid';
import type { Note, TripEvent } from '../../../shared/model';
import { purgeNoteFromSavedBackups } from '../backup/purge-saved';
import { dropPurgedText } from '../search/purged-text';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import type { HandlerContext } from './context';

type NoteHandlers = Pick<Handlers, 'notes.save' | 'notes.delete'>;

const keepText = 'Keep a copy of the text you typed before leaving this page.';

export function notesHandlers(ctx: HandlerContext): NoteHandlers {
  const { store } = ctx;

  async function requireTrip(tripId: string): Promise<void> {
    const trip = await store.get('trips', tripId);
    if (!trip || trip.deleted) {
      throw new BackendError('not-found', `The trip ${tripId} no longer exists, so the note was not saved. ${keepText}`, { tripId });
    }
  }

  async function requireEvent(eventId: string, tripId: string): Promise<TripEvent> {
    const event = await store.get('events', eventId, tripId);
    if (!event || event.deleted) {
      throw new BackendError('not-found', `The event this note is for is no longer in the trip (it may have been deleted), so the note was not saved. ${keepText}`, { eventId, tripId });
    }
    return event;
  }

  async function liveNote(id: string, tripId: string): Promise<Note> {
    const note = await store.get('notes', id, tripId);
    if (!note || note.tripId !== tripId) {
      throw new BackendError('not-found', `No note with id ${id} was found in this trip, so nothing was saved. ${keepText}`, { id, tripId });
    }
    if (note.deleted) {
      throw new BackendError('not-found', `This note has been deleted, so the change was not saved. Undo the delete to bring it back, or copy the text into a new note.`, { id, tripId });
    }
    return note;
  }

  /** The author of a new note: the one given, else this device's member (settings meId) if they still exist. */
  async function authorOf(given: string | undefined): Promise<string | undefined> {
    if (given !== undefined) {
      const member = await store.get('members', given);
      if (!member || member.deleted) {
        throw new BackendError('invalid-input', `authorId: no delegation member with id ${given} exists, so the note was not saved. Choose an author from the members list.`, { authorId: given });
      }
      return given;
    }
    const meId = store.meta().settings?.meId;
    if (!meId) return undefined;
    const me = await store.get('members', meId);
    return me && !me.deleted ? meId : undefined;
  }


  return {
    async 'notes.save'({ id, tripId, eventId, authorId, body }) {
      await requireTrip(tripId);
      await requireEvent(eventId, tripId);
      if (id === undefined) {
        const newId = nanoid(12);
        const author = await authorOf(authorId);
        const fields: Partial<Note> = { id: newId, tripId, eventId, body };
        if (author !== undefined) fields.authorId = author;
        await store.apply([{ collection: 'notes', id: newId, tripId, fields }]);
        return liveNote(newId, tripId);
      }
      const note = await liveNote(id, tripId);
      if (note.eventId !== eventId) {
        throw new BackendError('invalid-input', `This note belongs to another event of the trip, so it was not saved here. ${keepText}`, { id, eventId: note.eventId });
      }
      if (note.body === body) return note; // autosave after a blur with nothing new: no change to record
      await store.apply([{ collection: 'notes', id, tripId, fields: { body } }]);
      return liveNote(id, tripId);
    },

    async 'notes.delete'({ id, tripId, purge }) {
      const note = await store.get('notes', id, tripId);
      if (!note || note.deleted) throw notFound('note', id);
      const event = await store.get('events', note.eventId, tripId);
      await ctx.history.apply({ action: 'note.delete', subject: event?.title ?? 'note', tripId }, [{ collection: 'notes', id, tripId, fields: { deleted: true } }]);
      if (!purge) return { id };
      // After the delete is durable: a purge that fails part-way leaves a deleted note, never a live one without text.
      const keepLogAfter = await ctx.sync.unsentAfter();
      const report = await store.purgeNoteText({ tripId, noteId: id, ...(keepLogAfter !== undefined && { keepLogAfter }) });
      // The search index keeps text on disk too (its saved delta and segment): rewritten from the purged records.
      await dropPurgedText(store);
      const saved = await purgeNoteFromSavedBackups(ctx.dataDir, { tripId, noteId: id });
      return {
        id,
        purged: { ...report, backupsRewritten: report.backupsRewritten + saved.rewritten, unreadable: [...report.unreadable, ...saved.unreadable] },
      };
    },
  };
}
