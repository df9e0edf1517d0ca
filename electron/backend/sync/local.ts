// Turns this device's recorded changes into sync ops: plain fields go as they are; a note body (a whole string in
// the store) goes as the smallest Yjs update from the replica's current text, or as the creator's seed.
import type * as Y from 'yjs';
import type { Change } from '../../../shared/model';
import type { ReplicaState } from '../../../shared/domain/sync/merge';
import { isTextField, recordKey } from '../../../shared/domain/sync/merge';
import { NOTE_TEXT, loadNoteDoc, noteUpdateFromEdit, seedNote } from '../../../shared/domain/sync/notes';

/** Y.Docs of notes kept between syncs, valid while the replica cell still holds the very same updates array. */
export class NoteDocs {
  private readonly docs = new Map<string, { doc: Y.Doc; updates: readonly string[] }>();

  doc(key: string, updates: readonly string[]): Y.Doc {
    const known = this.docs.get(key);
    if (known && known.updates === updates) return known.doc;
    known?.doc.destroy();
    const doc = loadNoteDoc(updates);
    this.docs.set(key, { doc, updates });
    return doc;
  }

  /** After the replica took the update made on `doc`: the cell's new array is the doc's state again. */
  settle(key: string, doc: Y.Doc, updates: readonly string[]): void {
    this.docs.set(key, { doc, updates });
  }

  clear(): void {
    for (const { doc } of this.docs.values()) doc.destroy();
    this.docs.clear();
  }
}

/**
 * The op for one local change, given the replica state that already holds every earlier local change (so `before`
 * is exactly the text the editor changed from). Returns undefined when nothing is left to send.
 */
export function localOp(change: Change, state: ReplicaState, docs: NoteDocs): { op: Change; noteDoc?: { key: string; doc: Y.Doc } } | undefined {
  const fields: Record<string, unknown> = {};
  let noteDoc: { key: string; doc: Y.Doc } | undefined;
  for (const [field, value] of Object.entries(change.fields)) {
    if (!isTextField(change.collection, field)) {
      fields[field] = value;
      continue;
    }
    const key = recordKey(change.collection, change.id);
    const cell = state.records[key]?.fields[field];
    const after = typeof value === 'string' ? value : '';
    if (cell?.kind === 'text') {
      const doc = docs.doc(key, cell.updates);
      const update = noteUpdateFromEdit(doc, doc.getText(NOTE_TEXT).toString(), after);
      if (update !== undefined) {
        fields[field] = { yjs: update };
        noteDoc = { key, doc };
      }
    } else {
      // This device holds the note and has never sent its body: it is the creator (or had it before sync began).
      const seeded = seedNote(after);
      fields[field] = { yjs: seeded.update };
      noteDoc = { key, doc: seeded.doc };
    }
  }
  if (Object.keys(fields).length === 0) return undefined;
  return { op: { ...change, fields }, ...(noteDoc && { noteDoc }) };
}
