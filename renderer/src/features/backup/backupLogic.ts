// The backup section's logic without React: a chosen file as base64, counts in a fixed order, and each way a
// restore can fail turned into the words the section shows.
import { PlannerError } from '../../../../shared/contract';
import { COLLECTION_NAMES, type CollectionName } from '../../../../shared/model';

/** Every collection of the registry (shared/model/collections.ts), in its order. */
export const backupCollections: readonly CollectionName[] = COLLECTION_NAMES;
export type BackupCollection = CollectionName;

/** Base64 of a file's bytes, in chunks: one String.fromCharCode over megabytes overflows the call stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const chunk = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Each collection with its count, in the order people think of them; collections absent from `counts` count 0. */
export function countRows(counts: Record<string, number> | undefined): { collection: BackupCollection; count: number }[] {
  return backupCollections.map((collection) => ({ collection, count: counts?.[collection] ?? 0 }));
}

/** The data the folder holds, when a restore was refused because it holds some and replacing was not confirmed. */
export function existingData(error: unknown): Record<string, number> | undefined {
  if (!(error instanceof PlannerError) || error.code !== 'conflict') return undefined;
  const details = error.details as { reason?: unknown; present?: unknown } | undefined;
  if (details?.reason !== 'has-data' || typeof details.present !== 'object' || details.present === null) return undefined;
  return details.present as Record<string, number>;
}

/** Whether a restore was refused for want of the right passphrase: then the window asks for it (again). */
export function passphraseAsked(error: unknown): 'needed' | 'wrong' | undefined {
  if (!(error instanceof PlannerError)) return undefined;
  const reason = (error.details as { reason?: unknown } | undefined)?.reason;
  return reason === 'passphrase-needed' ? 'needed' : reason === 'wrong-passphrase' ? 'wrong' : undefined;
}

/** What is wrong with a new backup's passphrase as typed (none typed is fine: the backup is not encrypted). */
export function passphraseProblems(passphrase: string, again: string): { passphrase?: 'short'; again?: 'mismatch' } {
  if (passphrase === '' && again === '') return {};
  if (passphrase.length < 8) return { passphrase: 'short' };
  return passphrase === again ? {} : { again: 'mismatch' };
}

export type RestoreProblem = 'damaged' | 'not-backup' | 'newer-version' | 'invalid-records' | 'busy' | 'partial' | 'unreadable-file' | 'other';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Which message a failed restore gets, and the service's own words as a detail. */
export function describeRestoreError(error: unknown): { problem: RestoreProblem; detail?: string } {
  if (error instanceof PlannerError) {
    const { reason, why } = (error.details ?? {}) as { reason?: unknown; why?: unknown };
    const known: readonly string[] = ['damaged', 'not-backup', 'newer-version', 'invalid-records', 'busy', 'partial'];
    if (typeof reason !== 'string' || !known.includes(reason)) return { problem: 'other' };
    // The particular cause, when the service gives one; a part-way stop needs its whole message (it names the saved file).
    const detail = reason === 'partial' ? error.message : typeof why === 'string' && why ? capitalise(why) : undefined;
    return detail ? { problem: reason as RestoreProblem, detail } : { problem: reason as RestoreProblem };
  }
  if (error instanceof DOMException || (error instanceof Error && error.name === 'NotReadableError')) return { problem: 'unreadable-file', detail: error.message };
  return { problem: 'other' };
}
