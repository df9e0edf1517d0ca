// The change log's line format (decision 010): a segment is a file of JSON lines, one line per group of changes
// written by one save, so that appending one line and one fsync is what makes a save durable. A line counts only once
// its newline is on disk: a torn last line is a group whose save never returned, and is dropped.
import { promises as fs } from 'node:fs';
import { z } from 'zod';
import { Change } from '../../../shared/model';
import { UnreadableFileError, readTextIfExists } from './durable-file';
import { CURRENT_SCHEMA_VERSION, NewerVersionError } from './migrations';
import { PRIVATE_FILE_MODE } from './private-files';

const LogLine = z.object({ v: z.number().int().min(1), seq: z.number().int().min(1), changes: z.array(Change) });

export interface LogGroup {
  seq: number;
  changes: Change[];
}

export interface ReadLines {
  groups: LogGroup[];
  /** Bytes of the complete, readable lines from the start: where the next line goes. */
  goodBytes: number;
  /** True when a torn last line (a save cut off by a crash) follows them. */
  torn: boolean;
  /** A line before the last that cannot be read: what follows it is lost (the file was damaged). */
  damaged?: string;
}

export function formatLine(seq: number, changes: readonly Change[]): string {
  return `${JSON.stringify({ v: CURRENT_SCHEMA_VERSION, seq, changes })}\n`;
}

function parseLine(line: string, file: string): LogGroup | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  const version = (raw as { v?: unknown } | null)?.v;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) throw new NewerVersionError(file, version);
  const checked = LogLine.safeParse(raw);
  return checked.success ? { seq: checked.data.seq, changes: checked.data.changes } : undefined;
}

/** Reads a segment's lines. A missing file is empty. */
export async function readLines(file: string): Promise<ReadLines> {
  const text = await readTextIfExists(file);
  if (text === null) return { groups: [], goodBytes: 0, torn: false };
  const groups: LogGroup[] = [];
  let goodBytes = 0;
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const last = end === -1;
    const line = last ? text.slice(start) : text.slice(start, end);
    const group = last ? undefined : parseLine(line, file);
    if (!group) {
      const rest = text.slice(last ? start : end + 1);
      if (last || rest.trim() === '') return { groups, goodBytes, torn: true };
      return { groups, goodBytes, torn: true, damaged: `line ${groups.length + 1} is not a readable group of changes` };
    }
    groups.push(group);
    start = end + 1;
    goodBytes = Buffer.byteLength(text.slice(0, start));
  }
  return { groups, goodBytes, torn: false };
}

/**
 * A segment's changes in order, for readers that need them all (replay, compaction). Damage is an UnreadableFileError;
 * so is a torn last line in a closed segment (open() trims the newest one, and only the newest takes appends).
 */
export async function readSegmentLines(file: string, newest: boolean): Promise<Change[]> {
  const read = await readLines(file);
  if (read.damaged) throw new UnreadableFileError(file, read.damaged);
  if (read.torn && !newest) throw new UnreadableFileError(file, 'its last line is cut off');
  return read.groups.flatMap((g) => g.changes);
}

/**
 * Appends one line and fsyncs it: the commit point of a save. The line goes at `at` (the end of the last good line),
 * so bytes of a line whose write failed are overwritten, never left between two groups. `create` starts a new file.
 */
export async function appendLine(file: string, at: number, line: string, create: boolean): Promise<void> {
  const handle = await fs.open(file, create ? 'w' : 'r+', PRIVATE_FILE_MODE);
  try {
    const bytes = Buffer.from(line);
    const { size } = create ? { size: 0 } : await handle.stat();
    if (size > at) await handle.truncate(at);
    await handle.write(bytes, 0, bytes.length, at);
    await handle.sync();
  } finally {
    await handle.close();
  }
}
