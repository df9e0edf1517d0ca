// The batch hash at native speed: Node's SHA-256 of the canonical text's UTF-8 bytes, the same hex as the portable one
// in shared/domain/sync/bytes.ts (tested over any text), which every received batch otherwise spent a fifth of a
// merge on. Sealing keeps the portable one: it hashes one batch at a time.
import { createHash } from 'node:crypto';
import type { TextHash } from '../../../shared/domain/sync/batch';

export const nativeHash: TextHash = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
