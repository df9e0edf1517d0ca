// Note bodies as Yjs Y.Text, so two colleagues editing one note offline both keep their words: an edit is sent as
// the smallest delete/insert it takes, and merging any set of updates in any order gives the same text.
import * as Y from 'yjs';
import { fromBase64, toBase64 } from './bytes';

/** The Y.Text of a note body inside its Y.Doc. */
export const NOTE_TEXT = 'body';

export class StaleNoteEditError extends Error {
  constructor() {
    super('The note changed while it was being edited (a sync came in). Your text was not saved; reopen the note and make the change again.');
    this.name = 'StaleNoteEditError';
  }
}

/** A note's document rebuilt from every update known for it (base64, any order, duplicates allowed). */
export function loadNoteDoc(updates: readonly string[]): Y.Doc {
  const doc = new Y.Doc();
  Y.transact(doc, () => {
    for (const u of updates) Y.applyUpdate(doc, fromBase64(u));
  });
  return doc;
}

/** The text that a set of updates makes, whatever order they arrive in. */
export function mergeNoteUpdates(updates: readonly string[]): string {
  const doc = loadNoteDoc(updates);
  const text = doc.getText(NOTE_TEXT).toString();
  doc.destroy();
  return text;
}

/** The one place where `before` and `after` differ: the common prefix and suffix are kept. */
export function smallestEdit(before: string, after: string): { at: number; remove: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  // Never split a surrogate pair: Y.Text counts UTF-16 units, but a half character is not text.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return { at: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Applies an editor's change from `before` to `after` to `doc` as the smallest delete and insert, and returns the
 * update (base64) to record and send, or undefined when nothing changed. `before` must be the doc's current text:
 * diffing against anything else would delete words that arrived from someone else.
 *
 * Only the note's creator seeds it: the creator's first update carries the initial text into an empty doc. Any other
 * device must load the doc from the updates it has received; seeding again would duplicate the text.
 */
export function noteUpdateFromEdit(doc: Y.Doc, before: string, after: string): string | undefined {
  const text = doc.getText(NOTE_TEXT);
  if (text.toString() !== before) throw new StaleNoteEditError();
  const edit = smallestEdit(before, after);
  if (edit.remove === 0 && edit.insert === '') return undefined;
  const stateBefore = Y.encodeStateVector(doc);
  Y.transact(doc, () => {
    if (edit.remove > 0) text.delete(edit.at, edit.remove);
    if (edit.insert !== '') text.insert(edit.at, edit.insert);
  });
  return toBase64(Y.encodeStateAsUpdate(doc, stateBefore));
}

/** The creator's first update for a new note (empty text gives an update with no content, still a valid seed). */
export function seedNote(body: string): { doc: Y.Doc; update: string } {
  const doc = new Y.Doc();
  const text = doc.getText(NOTE_TEXT);
  if (body !== '') text.insert(0, body);
  return { doc, update: toBase64(Y.encodeStateAsUpdate(doc)) };
}
