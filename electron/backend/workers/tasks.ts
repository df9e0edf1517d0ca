// The work the worker does, by name: each takes plain data and returns plain data (both cross the thread boundary by
// structured clone) and may report how far it got; a task may also read its input in pieces (`parts`, see
// run-bounded.ts). Kept apart from the worker entry so the run-bounded types and the tests see the same list.
import { readContacts, type ContactsReading, type Directory } from '../export/tables/contact-import';
import { readIcs, type IcsEntry, type TripZones } from '../export/ics/read-ics';
import { decodeBackup } from '../backup/format';
import type { BackupData } from '../backup/format';
import { validateBackup } from '../backup/validate';
import type { BackupHeader } from '../backup/format';
import { exportTasks } from './export-tasks';
import type { Report } from './progress';
import { searchBuild } from './search-build';

export type { Progress, Report } from './progress';

export const tasks = {
  'ics.read': (input: { text: string; trip: TripZones }, report: Report): IcsEntry[] => readIcs(input.text, input.trip, report),
  'contacts.read': (input: { text: string; mapping?: Record<string, string>; directory: Directory }): ContactsReading =>
    readContacts(input.text, input.mapping, input.directory),
  'backup.read': async (input: { bytes: Uint8Array }): Promise<{ header: BackupHeader; data: BackupData }> => {
    const { header, data } = await decodeBackup(Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength));
    return { header, data: validateBackup(header, data) };
  },
  'search.build': searchBuild,
  ...exportTasks,
} satisfies Record<string, (input: never, report: Report, parts: AsyncIterable<unknown>) => unknown>;

export type TaskName = keyof typeof tasks;
export type TaskInput<T extends TaskName> = Parameters<(typeof tasks)[T]>[0];
export type TaskOutput<T extends TaskName> = Awaited<ReturnType<(typeof tasks)[T]>>;
