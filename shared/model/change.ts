// A recorded change: one mutation of one record. The same changes feed undo, the audit trail and sync.
import { z } from 'zod';
import { COLLECTION_NAMES } from './collections';
import { Id, Instant } from './common';

/** Every collection's name, from the registry (collections.ts). */
export const Collection = z.enum(COLLECTION_NAMES);
export type Collection = z.infer<typeof Collection>;

export const Change = z.object({
  /** The record changed. */
  collection: Collection,
  id: Id,
  /** The trip whose file holds the record (events, notes and follow-ups). */
  tripId: Id.optional(),
  /** Each changed field with its new value; a delete sets `deleted: true`. */
  fields: z.record(z.string(), z.unknown()),
  /** Hybrid-logical-clock stamp: the order sync uses to merge. */
  hlc: z.string(),
  device: z.string(),
  at: Instant,
});
export type Change = z.infer<typeof Change>;
