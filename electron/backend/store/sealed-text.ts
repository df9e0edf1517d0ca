// A seal on the data files the store writes: the last member of the JSON object, `"sealed":"<sha256>"`, a hash of the
// text before it and of the shape (schema fingerprint) its records were checked against when they were saved. A file
// whose seal matches is byte for byte what this app wrote from records it had already validated, so reading it skips
// the per-record zod validation that dominated the first opening of a trip (docs/decisions/015-cold-paths-2.md).
// Anything else — a file edited by hand, damaged, written by an older build or under another shape — has no matching
// seal and is validated in full, so a bad file is still found and set aside exactly as before.
import { createHash } from 'node:crypto';

const MEMBER = ',"sealed":"';
const HASH_LENGTH = 64;
const SEAL_LENGTH = MEMBER.length + HASH_LENGTH + '"}'.length;

function digest(body: string, fingerprint: string): string {
  return createHash('sha256').update(fingerprint).update('\n').update(body).digest('hex');
}

/** `text` (a JSON object with at least one member) with its seal appended as its last member. */
export function sealText(text: string, fingerprint: string): string {
  if (!text.endsWith('}') || text.endsWith('{}')) return text;
  const body = text.slice(0, -1);
  return `${body}${MEMBER}${digest(body, fingerprint)}"}`;
}

/** True when `text` ends with a seal that matches its content and `fingerprint`. */
export function hasValidSeal(text: string, fingerprint: string): boolean {
  const at = text.length - SEAL_LENGTH;
  if (at <= 0 || !text.startsWith(MEMBER, at) || !text.endsWith('"}')) return false;
  const hash = text.slice(at + MEMBER.length, at + MEMBER.length + HASH_LENGTH);
  return digest(text.slice(0, at), fingerprint) === hash;
}
