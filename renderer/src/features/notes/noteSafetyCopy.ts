// The local safety copy of a note: written on every keystroke to localStorage until the backend confirms the text,
// and offered back when the note is opened again, so a crash, a closed window or a dead service loses nothing.

export interface NoteDraft {
  tripId: string;
  eventId: string;
  authorId: string;
  body: string;
  /** When it was last typed (ISO instant). */
  changedAt: string;
}

type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function draftKey(eventId: string, authorId: string): string {
  return `planner.noteDraft.${eventId}.${authorId}`;
}

export function readDraft(storage: DraftStorage, eventId: string, authorId: string): NoteDraft | undefined {
  try {
    const raw = storage.getItem(draftKey(eventId, authorId));
    if (!raw) return undefined;
    const draft = JSON.parse(raw) as Partial<NoteDraft>;
    if (typeof draft.body !== 'string' || typeof draft.changedAt !== 'string' || Number.isNaN(Date.parse(draft.changedAt))) return undefined;
    return { tripId: String(draft.tripId ?? ''), eventId, authorId, body: draft.body, changedAt: draft.changedAt };
  } catch {
    return undefined;
  }
}

/** False when the copy could not be kept (storage full or blocked); saving to the backend goes on regardless. */
export function writeDraft(storage: DraftStorage, draft: NoteDraft): boolean {
  try {
    storage.setItem(draftKey(draft.eventId, draft.authorId), JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, eventId: string, authorId: string): void {
  try {
    storage.removeItem(draftKey(eventId, authorId));
  } catch {
    // Nothing to do: a stale copy is only offered if it is newer than the stored note.
  }
}

/**
 * Our own last save can reach the service a moment after the final keystroke without the page seeing the answer
 * (it was closing); a stored version that recent is taken to be ours, and the local copy still wins.
 */
const lateSaveGraceMs = 10_000;

/** The draft's text if it should replace what the backend has: it differs and it is newer. */
export function draftToRestore(draft: NoteDraft | undefined, stored: { body: string; updatedAt: string } | undefined): string | undefined {
  if (!draft) return undefined;
  if (!stored) return draft.body.trim() ? draft.body : undefined;
  if (draft.body === stored.body) return undefined;
  return Date.parse(draft.changedAt) + lateSaveGraceMs >= Date.parse(stored.updatedAt) ? draft.body : undefined;
}
