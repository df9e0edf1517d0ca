// The search index's on-disk segment, read side: a sorted term dictionary and each term's postings (title matches, then
// all matches, as document numbers in the order documents were indexed), read by offset so a query reads only the
// postings of its terms. Opening reads the header, the document table and the dictionary (a few MB at ten years), never
// the postings. Written by segment-build.ts in a worker; see docs/decisions/011-search-index-on-disk.md.
import { type FileHandle, open } from 'node:fs/promises';
import os from 'node:os';
import { crc32 } from 'node:zlib';

export const SEGMENT_MAGIC = 'DPSEARCH';
/** Bump when the layout or the tokenizer (text.ts) changes: a segment of another version is rebuilt. */
export const SEGMENT_VERSION = 1;
/** u32 per dictionary entry: term start (bytes), postings start (u32s), title count, all-text count. */
export const DICT_WIDTH = 4;
/** A typed prefix stands for at most this many words (as the in-memory index's vocabulary). */
export const MAX_EXPANSIONS = 400;

export interface SegmentHeader {
  version: number;
  /** Random id of this segment: a saved delta names the segment it applies to. */
  id: string;
  /** The change-log position it reflects, and the stamp of the change at that position (to notice a replaced log). */
  seq: number;
  hlc: string;
  docs: number;
  trips: string[];
  /** Trips deleted when it was written: their documents stay indexed but hidden. */
  hidden: string[];
  /** Bytes of the document keys, stored after the meta sections and read only for the documents a query returns. */
  keysBytes: number;
  terms: number;
  termsBytes: number;
  postings: number;
  /** CRC-32 of the meta sections (everything between the header and the keys), and of the keys. */
  metaCrc: number;
  keysCrc: number;
  size: number;
}

/** The file is not a segment this version can read (missing, truncated, garbage, or another version). */
export class SegmentUnreadable extends Error {
  constructor(
    message: string,
    /** The header, when it could be read: its seq says how far a stale segment still holds. */
    readonly header?: SegmentHeader,
  ) {
    super(message);
  }
}

/** Byte lengths of the meta sections (read at open), in file order; the keys and then the postings follow them. */
export function metaLayout(h: Pick<SegmentHeader, 'docs' | 'terms' | 'termsBytes'>) {
  const keyOffsets = (h.docs + 1) * 4;
  const groups = h.docs;
  const trips = h.docs * 4;
  const dict = h.terms * DICT_WIDTH * 4;
  return { keyOffsets, groups, trips, dict, terms: h.termsBytes, total: keyOffsets + groups + trips + dict + h.termsBytes };
}

export interface Postings {
  titles: Uint32Array;
  texts: Uint32Array;
}

const littleEndian = os.endianness() === 'LE';

/** The bytes as 32-bit little-endian numbers: one copy into an aligned buffer (every platform we ship is LE). */
function copyU32(bytes: Buffer): Uint32Array {
  if (littleEndian) return new Uint32Array(new Uint8Array(bytes).buffer);
  const out = new Uint32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readUInt32LE(i * 4);
  return out;
}

export class Segment {
  private keysRead: Promise<Buffer> | undefined;

  private constructor(
    readonly header: SegmentHeader,
    private readonly handle: FileHandle,
    private readonly keyOffsets: Uint32Array,
    private readonly keysAt: number,
    readonly groups: Uint8Array,
    readonly tripOf: Int32Array,
    private readonly dict: Uint32Array,
    private readonly terms: Buffer,
    private readonly postingsAt: number,
  ) {}

  static async open(file: string): Promise<Segment> {
    let handle: FileHandle;
    try {
      handle = await open(file, 'r');
    } catch (error) {
      throw new SegmentUnreadable(`no segment: ${(error as Error).message}`);
    }
    try {
      return await Segment.read(handle);
    } catch (error) {
      await handle.close().catch(() => undefined);
      throw error instanceof SegmentUnreadable ? error : new SegmentUnreadable(`damaged segment: ${(error as Error).message}`);
    }
  }

  private static async read(handle: FileHandle): Promise<Segment> {
    const { size } = await handle.stat();
    const head = Buffer.alloc(12);
    if (size < 12 || (await handle.read(head, 0, 12, 0)).bytesRead < 12) throw new SegmentUnreadable('truncated segment');
    if (head.toString('latin1', 0, 8) !== SEGMENT_MAGIC) throw new SegmentUnreadable('not a search segment');
    const headerBytes = head.readUInt32LE(8);
    if (12 + headerBytes > size) throw new SegmentUnreadable('truncated segment header');
    const raw = Buffer.alloc(headerBytes);
    await handle.read(raw, 0, headerBytes, 12);
    const header = JSON.parse(raw.toString('utf8')) as SegmentHeader;
    if (header.version !== SEGMENT_VERSION) throw new SegmentUnreadable(`segment version ${header.version}, expected ${SEGMENT_VERSION}`, header);
    if (header.size !== size) throw new SegmentUnreadable(`segment is ${size} bytes, expected ${header.size}`, header);
    const layout = metaLayout(header);
    const metaAt = 12 + headerBytes;
    if (metaAt + layout.total + header.keysBytes + header.postings * 4 !== size) throw new SegmentUnreadable('segment sections do not add up', header);
    const meta = Buffer.alloc(layout.total);
    await handle.read(meta, 0, layout.total, metaAt);
    if (crc32(meta) !== header.metaCrc) throw new SegmentUnreadable('segment checksum does not match', header);
    let at = 0;
    const take = (n: number) => meta.subarray(at, (at += n));
    const keyOffsets = copyU32(take(layout.keyOffsets));
    const groups = new Uint8Array(take(layout.groups));
    const tripOf = new Int32Array(copyU32(take(layout.trips)).buffer);
    const dict = copyU32(take(layout.dict));
    const terms = Buffer.from(take(layout.terms));
    if (keyOffsets[header.docs] !== header.keysBytes) throw new SegmentUnreadable('segment document table is damaged', header);
    const keysAt = metaAt + layout.total;
    return new Segment(header, handle, keyOffsets, keysAt, groups, tripOf, dict, terms, keysAt + header.keysBytes);
  }

  /** The keys of these documents. The key table is read in one piece when first needed (a few MB at ten years). */
  async keysOf(docs: number[]): Promise<string[]> {
    const bytes = await this.keyBytes();
    return docs.map((doc) => bytes.toString('utf8', this.keyOffsets[doc], this.keyOffsets[doc + 1]));
  }

  /** Every document's key, in order (a merge reads them all, in a worker). */
  async allKeys(): Promise<string[]> {
    return this.keysOf(Array.from({ length: this.header.docs }, (_, doc) => doc));
  }

  private keyBytes(): Promise<Buffer> {
    this.keysRead ??= (async () => {
      const bytes = Buffer.alloc(this.header.keysBytes);
      const { bytesRead } = await this.handle.read(bytes, 0, bytes.length, this.keysAt);
      if (bytesRead !== bytes.length || crc32(bytes) !== this.header.keysCrc) throw new SegmentUnreadable('segment keys are damaged', this.header);
      return bytes;
    })();
    return this.keysRead;
  }

  get termCount(): number {
    return this.header.terms;
  }

  private termBytes(i: number): Buffer {
    const start = this.dict[i * DICT_WIDTH]!;
    const end = i + 1 < this.header.terms ? this.dict[(i + 1) * DICT_WIDTH]! : this.terms.length;
    return this.terms.subarray(start, end);
  }

  term(i: number): string {
    return this.termBytes(i).toString('utf8');
  }

  /** The first entry not below `target` (byte order, which is code-point order). */
  private lowerBound(target: Buffer): number {
    let lo = 0;
    let hi = this.header.terms;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (Buffer.compare(this.termBytes(mid), target) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entry of a whole term, or -1. */
  find(term: string): number {
    const target = Buffer.from(term, 'utf8');
    const i = this.lowerBound(target);
    return i < this.header.terms && this.termBytes(i).equals(target) ? i : -1;
  }

  /** Entries [lo, hi) of the words starting with `prefix` (contiguous in sorted order), at most MAX_EXPANSIONS. */
  prefixRange(prefix: string): [number, number] {
    const target = Buffer.from(prefix, 'utf8');
    const lo = this.lowerBound(target);
    let hi = lo;
    while (hi < this.header.terms && hi - lo < MAX_EXPANSIONS) {
      const bytes = this.termBytes(hi);
      if (bytes.length < target.length || !bytes.subarray(0, target.length).equals(target)) break;
      hi++;
    }
    return [lo, hi];
  }

  /** The postings of entries [lo, hi), read in one piece (they are stored in dictionary order). */
  async postings(lo: number, hi: number): Promise<Postings[]> {
    if (hi <= lo) return [];
    const first = this.dict[lo * DICT_WIDTH + 1]!;
    const lastAt = (hi - 1) * DICT_WIDTH;
    const end = this.dict[lastAt + 1]! + this.dict[lastAt + 2]! + this.dict[lastAt + 3]!;
    if (end > this.header.postings || end < first) throw new SegmentUnreadable('segment dictionary points outside its postings', this.header);
    const bytes = Buffer.alloc((end - first) * 4);
    const { bytesRead } = await this.handle.read(bytes, 0, bytes.length, this.postingsAt + first * 4);
    if (bytesRead !== bytes.length) throw new SegmentUnreadable('segment postings are truncated', this.header);
    const all = copyU32(bytes);
    const out: Postings[] = [];
    for (let i = lo; i < hi; i++) {
      const at = this.dict[i * DICT_WIDTH + 1]! - first;
      const titles = this.dict[i * DICT_WIDTH + 2]!;
      const texts = this.dict[i * DICT_WIDTH + 3]!;
      out.push({ titles: all.subarray(at, at + titles), texts: all.subarray(at + titles, at + titles + texts) });
    }
    for (const p of out) for (const doc of p.texts) if (doc >= this.header.docs) throw new SegmentUnreadable('segment postings are damaged', this.header);
    return out;
  }

  /** Every entry's term and postings, in dictionary order (a merge reads the whole segment, in a worker). */
  async *entries(): AsyncGenerator<{ term: string; postings: Postings }> {
    const step = 4096;
    for (let lo = 0; lo < this.header.terms; lo += step) {
      const hi = Math.min(this.header.terms, lo + step);
      const postings = await this.postings(lo, hi);
      for (let i = lo; i < hi; i++) yield { term: this.term(i), postings: postings[i - lo]! };
    }
  }

  close(): Promise<void> {
    return this.handle.close().catch(() => undefined);
  }
}
