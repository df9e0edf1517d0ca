// Wires one note's autosave into the page: the local draft on every keystroke, a save after the pause, at once on
// blur and when the editor closes, and a last keepalive save on beforeunload / pagehide / the page being hidden.
import { useCallback, useEffect, useState } from 'react';
import type { Note } from '../../../../shared/model';
import { useClient } from '../../api';
import { clearDraft, draftToRestore, readDraft, writeDraft } from './noteSafetyCopy';
import { NoteSaver, type SaveState } from './noteSaver';

interface Target {
  tripId: string;
  eventId: string;
  authorId: string;
  /** The stored note as the panel opened, if this member has one. */
  stored?: Note;
}

export interface NoteAutosave {
  body: string;
  setBody: (body: string) => void;
  state: SaveState;
  /** True when a local draft newer than the stored note was put back on opening. */
  restored: boolean;
  flush: () => void;
  /** After the note is deleted: no more saves, and the local copy goes too. */
  discard: () => void;
}

export function useNoteAutosave({ tripId, eventId, authorId, stored }: Target): NoteAutosave {
  const client = useClient();
  const [start] = useState(() => {
    const draft = readDraft(localStorage, eventId, authorId);
    const restoredBody = draftToRestore(draft, stored);
    if (draft && restoredBody === undefined) clearDraft(localStorage, eventId, authorId);
    return { body: restoredBody ?? stored?.body ?? '', restored: restoredBody !== undefined };
  });
  const [body, setBodyState] = useState(start.body);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [saver] = useState(
    () =>
      new NoteSaver({ id: stored?.id, body: stored?.body ?? '' }, start.body, {
        save: (input, keepalive) => client.call('notes.save', { ...input, tripId, eventId, authorId }, { keepalive }),
        onState: setState,
        // The draft goes only when the backend holds exactly what is on screen.
        onConfirmed: (_note, _body, upToDate) => upToDate && clearDraft(localStorage, eventId, authorId),
      }),
  );

  useEffect(() => {
    saver.activate();
    if (start.restored) saver.flush();
    const leaving = (): void => saver.flushForUnload();
    const hidden = (): void => {
      if (document.visibilityState === 'hidden') saver.flushForUnload();
    };
    window.addEventListener('beforeunload', leaving);
    window.addEventListener('pagehide', leaving);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', leaving);
      window.removeEventListener('pagehide', leaving);
      document.removeEventListener('visibilitychange', hidden);
      // Closing the editor (or the dialog) saves at once; the request finishes even though the panel is gone.
      saver.flush();
      saver.deactivate();
    };
  }, [saver, start.restored]);

  const setBody = useCallback(
    (next: string) => {
      setBodyState(next);
      writeDraft(localStorage, { tripId, eventId, authorId, body: next, changedAt: new Date().toISOString() });
      saver.change(next);
    },
    [saver, tripId, eventId, authorId],
  );

  const flush = useCallback(() => saver.flush(), [saver]);
  const discard = useCallback(() => {
    saver.discard();
    clearDraft(localStorage, eventId, authorId);
  }, [saver, eventId, authorId]);
  return { body, setBody, state, restored: start.restored, flush, discard };
}
