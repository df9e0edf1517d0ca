// The files the worker makes, by name (see tasks.ts): the backend thread gathers plain records from the store, the
// worker builds the bytes. Building a workbook or serialising and compressing a ten-year backup takes seconds of
// one thread; here it is not the thread that answers calls.
import type { Collection } from '../../../shared/model';
import { type BackupData, BACKUP_COLLECTIONS, encodeBackup } from '../backup/format';
import { toCsv } from '../export/tables/csv';
import type { Table } from '../export/tables/table';
import { toXlsx } from '../export/tables/xlsx';
import type { Report } from './progress';

/** A backup's records travel in pieces of one collection each, in the order they are written. */
export interface BackupPart {
  collection: Collection;
  records: unknown[];
}

export interface BackupAbout {
  exportedAt: string;
  deviceId: string;
  appVersion: string;
}

/** Records per piece: small enough that copying one to the worker is a moment, large enough to be few messages. */
export const BACKUP_PART_RECORDS = 2000;

/** The pieces of a gathered backup, each collection in order and cut into BACKUP_PART_RECORDS. */
export function* backupParts(data: BackupData): Generator<BackupPart> {
  for (const collection of BACKUP_COLLECTIONS) {
    const records = data[collection] as unknown[];
    for (let at = 0; at < records.length; at += BACKUP_PART_RECORDS) yield { collection, records: records.slice(at, at + BACKUP_PART_RECORDS) };
  }
}

export function recordCount(data: BackupData): number {
  return BACKUP_COLLECTIONS.reduce((n, c) => n + data[c].length, 0);
}

async function encodeFromParts(input: { about: BackupAbout; total: number }, report: Report, parts: AsyncIterable<unknown>): Promise<Uint8Array> {
  const data = Object.fromEntries(BACKUP_COLLECTIONS.map((c) => [c, []])) as unknown as BackupData;
  let done = 0;
  for await (const part of parts) {
    const { collection, records } = part as BackupPart;
    (data[collection] as unknown[]).push(...records);
    done += records.length;
    report({ done, total: input.total });
  }
  const packed = await encodeBackup(data, input.about);
  return new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
}

export const exportTasks = {
  'table.csv': (input: { table: Table }): Uint8Array => toCsv(input.table),
  'table.xlsx': (input: { table: Table; createdAt: number }, report: Report): Promise<Uint8Array> => toXlsx(input.table, new Date(input.createdAt), report),
  'backup.encode': encodeFromParts,
};
