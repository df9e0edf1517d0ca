// Writes a search segment (format in segment.ts): from documents given as text, optionally on top of an existing
// segment (a merge: its documents are kept, in order, but for those removed or replaced). Runs in a worker thread
// (workers/search-build.ts): tokenizing seventy thousand records takes seconds, which must not hold up calls.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { writeFileAtomically } from '../files/atomic-write';
import { DICT_WIDTH, SEGMENT_MAGIC, SEGMENT_VERSION, Segment, type SegmentHeader, metaLayout } from './segment';
import { documentTerms } from './text';

/** One document as the index takes it: `text` is the title and every other piece, joined by newlines. */
export interface SegmentDoc {
  key: string;
  group: number;
  trip?: string;
  title: string;
  text: string;
}

export interface SegmentBuildInput {
  file: string;
  /** Documents as JSON lines in a file the caller wrote (a full build), read and then deleted by the caller. */
  source?: string;
  /** Documents given inline (a merge's delta). */
  docs?: SegmentDoc[];
  /** Keep the documents of the segment at this path, but for `remove` and any `docs` with the same key. */
  base?: string;
  remove?: string[];
  hidden: string[];
  seq: number;
  hlc: string;
}

export interface SegmentBuildResult {
  id: string;
  docs: number;
  terms: number;
  bytes: number;
}

class Accumulator {
  readonly keys: string[] = [];
  readonly groups: number[] = [];
  readonly tripOf: number[] = [];
  private readonly tripNumbers = new Map<string, number>();
  readonly postings = new Map<string, { titles: number[]; texts: number[] }>();

  trip(id: string | undefined): number {
    if (id === undefined) return -1;
    let n = this.tripNumbers.get(id);
    if (n === undefined) {
      n = this.tripNumbers.size;
      this.tripNumbers.set(id, n);
    }
    return n;
  }

  get trips(): string[] {
    return [...this.tripNumbers.keys()];
  }

  newDoc(key: string, group: number, trip: string | undefined): number {
    const doc = this.keys.length;
    this.keys.push(key);
    this.groups.push(group);
    this.tripOf.push(this.trip(trip));
    return doc;
  }

  list(term: string) {
    let list = this.postings.get(term);
    if (!list) this.postings.set(term, (list = { titles: [], texts: [] }));
    return list;
  }

  add(doc: SegmentDoc): void {
    const n = this.newDoc(doc.key, doc.group, doc.trip);
    for (const term of new Set(documentTerms(doc.title))) this.list(term).titles.push(n);
    for (const term of new Set(documentTerms(doc.text))) this.list(term).texts.push(n);
  }
}

/** Copies a base segment's kept documents (renumbered in their order) and postings into the accumulator. */
async function takeBase(acc: Accumulator, file: string, drop: Set<string>): Promise<void> {
  const base = await Segment.open(file);
  try {
    const renumber = new Int32Array(base.header.docs).fill(-1);
    (await base.allKeys()).forEach((key, doc) => {
      if (drop.has(key)) return;
      const trip = base.tripOf[doc]!;
      renumber[doc] = acc.newDoc(key, base.groups[doc]!, trip < 0 ? undefined : base.header.trips[trip]);
    });
    for await (const { term, postings } of base.entries()) {
      const map = (docs: Uint32Array) => Array.from(docs, (d) => renumber[d]!).filter((d) => d >= 0);
      const titles = map(postings.titles);
      const texts = map(postings.texts);
      if (titles.length + texts.length === 0) continue;
      const list = acc.list(term);
      list.titles.push(...titles);
      list.texts.push(...texts);
    }
  } finally {
    await base.close();
  }
}

function encode(acc: Accumulator, input: SegmentBuildInput): { bytes: Buffer; header: SegmentHeader } {
  const sorted = [...acc.postings.keys()].map((term) => Buffer.from(term, 'utf8')).sort(Buffer.compare);
  const docs = acc.keys.length;
  const keyParts = acc.keys.map((key) => Buffer.from(key, 'utf8'));
  const keys = Buffer.concat(keyParts);
  const keyOffsets = Buffer.alloc((docs + 1) * 4);
  let keyAt = 0;
  keyParts.forEach((part, i) => {
    keyOffsets.writeUInt32LE(keyAt, i * 4);
    keyAt += part.length;
  });
  keyOffsets.writeUInt32LE(keyAt, docs * 4);
  const groups = Buffer.from(Uint8Array.from(acc.groups));
  const trips = Buffer.alloc(docs * 4);
  acc.tripOf.forEach((t, i) => trips.writeInt32LE(t, i * 4));
  const dict = Buffer.alloc(sorted.length * DICT_WIDTH * 4);
  const terms = Buffer.concat(sorted);
  let total = 0;
  for (const term of sorted) {
    const list = acc.postings.get(term.toString('utf8'))!;
    total += list.titles.length + list.texts.length;
  }
  const postings = Buffer.alloc(total * 4);
  let termAt = 0;
  let at = 0;
  sorted.forEach((term, i) => {
    const list = acc.postings.get(term.toString('utf8'))!;
    const base = i * DICT_WIDTH * 4;
    dict.writeUInt32LE(termAt, base);
    dict.writeUInt32LE(at, base + 4);
    dict.writeUInt32LE(list.titles.length, base + 8);
    dict.writeUInt32LE(list.texts.length, base + 12);
    termAt += term.length;
    for (const doc of list.titles) postings.writeUInt32LE(doc, 4 * at++);
    for (const doc of list.texts) postings.writeUInt32LE(doc, 4 * at++);
  });
  const meta = Buffer.concat([keyOffsets, groups, trips, dict, terms]);
  const trips_ = acc.trips;
  const header: SegmentHeader = {
    version: SEGMENT_VERSION,
    id: randomUUID(),
    seq: input.seq,
    hlc: input.hlc,
    docs,
    trips: trips_,
    hidden: input.hidden.filter((t) => trips_.includes(t)),
    keysBytes: keys.length,
    terms: sorted.length,
    termsBytes: terms.length,
    postings: total,
    metaCrc: crc32(meta),
    keysCrc: crc32(keys),
    size: 0,
  };
  if (meta.length !== metaLayout(header).total) throw new Error('segment layout mismatch');
  // The size is part of the header, whose length depends on the size: settle it in two passes.
  let headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  for (let pass = 0; pass < 3; pass++) {
    header.size = 12 + headerBytes.length + meta.length + keys.length + postings.length;
    headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  }
  const head = Buffer.alloc(12);
  head.write(SEGMENT_MAGIC, 0, 'latin1');
  head.writeUInt32LE(headerBytes.length, 8);
  return { bytes: Buffer.concat([head, headerBytes, meta, keys, postings]), header };
}

export async function buildSegment(input: SegmentBuildInput, report?: (done: number, total: number) => void): Promise<SegmentBuildResult> {
  const acc = new Accumulator();
  const inline = input.docs ?? [];
  if (input.base) await takeBase(acc, input.base, new Set([...(input.remove ?? []), ...inline.map((d) => d.key)]));
  if (input.source) {
    const lines = (await readFile(input.source, 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (line) acc.add(JSON.parse(line) as SegmentDoc);
      if (i % 5000 === 0) report?.(i, lines.length);
    });
  }
  for (const doc of inline) acc.add(doc);
  // Postings are in document order already: documents were added in ascending numbers.
  const { bytes, header } = encode(acc, input);
  await writeFileAtomically(input.file, bytes, { mode: 0o600, createDir: { mode: 0o700 } });
  return { id: header.id, docs: header.docs, terms: header.terms, bytes: bytes.length };
}
