// export.table and import.contacts*: follow-ups, contacts and outcomes as CSV or Excel, and contacts read from a CSV
// with a preview. An import lands whole, in one undoable step, or not at all (see export/tables/ for the formats).
// The file is read in a worker with bounds on time and memory; the rows are written in batches with progress.
import { nanoid } from 'nanoid';
import { format } from 'date-fns/format'; // not the barrel: see shared/domain/time.ts
import { ContactInput, OrganisationInput } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import { buildTable } from '../export/tables/build';
import { rowList, type ContactsReading } from '../export/tables/contact-import';
import { toCsv } from '../export/tables/csv';
import type { Table } from '../export/tables/table';
import { toXlsx } from '../export/tables/xlsx';
import type { Mutation } from '../store/types';
import { exportProgress, type ExportReport, type ImportJobs, type Job } from '../workers/jobs';
import { cancelledError, runBounded } from '../workers/run-bounded';
import type { HandlerContext } from './context';
import { IMPORT_BATCH } from './ics';

type Group = Pick<Handlers, 'export.table' | 'import.contactsPreview' | 'import.contactsApply'>;

const mimes = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

const what = 'This contacts file';

/**
 * From this many rows a table is made in the worker (workers/export-tasks.ts): a workbook of the ten-year contacts
 * takes seconds. A smaller one is made here in a few milliseconds, sooner than a worker could start.
 */
export const TABLE_ROWS_IN_WORKER = 2000;

/** The file's bytes, made in the worker when the table is large enough to hold up other calls. */
async function makeTable(data: Table, kind: 'csv' | 'xlsx', now: Date, progress: ExportReport): Promise<Uint8Array> {
  const total = data.rows.length;
  if (total < TABLE_ROWS_IN_WORKER) return kind === 'csv' ? toCsv(data) : toXlsx(data, now);
  progress('making', 0, total);
  const options = {
    what: `The ${data.name.toLowerCase()} table`,
    doing: 'make' as const,
    advice: 'Close other programs and try again.',
    onProgress: (p: { done: number; total: number }) => progress('making', p.done, p.total),
  };
  return kind === 'csv' ? runBounded('table.csv', { table: data }, options) : runBounded('table.xlsx', { table: data, createdAt: now.getTime() }, options);
}

export function tablesHandlers(ctx: HandlerContext, jobs: ImportJobs): Group {
  const { store } = ctx;

  async function read(text: string, mapping: Record<string, string> | undefined, job: Job): Promise<ContactsReading> {
    const [contacts, organisations] = await Promise.all([store.all('contacts'), store.all('organisations')]);
    return runBounded('contacts.read', { text, mapping, directory: { contacts, organisations } }, { what, signal: job.signal });
  }

  return {
    async 'export.table'({ table, format: kind, jobId }) {
      const progress = exportProgress(ctx.push, jobId);
      const now = new Date(ctx.clock.now());
      progress('gathering', 0, 0);
      const data = await buildTable(store, table);
      const bytes = await makeTable(data, kind, now, progress);
      return ctx.files.hold({ fileName: `${data.fileStem}-${format(now, 'yyyy-MM-dd')}.${kind}`, mime: mimes[kind], bytes });
    },

    async 'import.contactsPreview'({ text, mapping, jobId }) {
      return jobs.run(jobId, async (job) => {
        const { columns, mapping: used, rows } = await read(text, mapping, job);
        return { columns, mapping: used as Record<string, string>, rows };
      });
    },

    'import.contactsApply': ({ jobId, ...input }) => jobs.run(jobId, (job) => apply(input, job)),
  };

  async function apply({ text, mapping, skipInvalid }: { text: string; mapping: Record<string, string>; skipInvalid: boolean }, job: Job) {
    const reading = await read(text, mapping, job);
    const bad = reading.rows.filter((r) => r.errors.length > 0);
    const badRows = bad.map((r) => r.row);
    const reasons = bad.slice(0, 5).map((r) => `row ${r.row}: ${r.errors.join('; ')}`).join('; ');
    const details = { rows: bad.map(({ row, errors }) => ({ row, errors })) };
    if (bad.length > 0 && !skipInvalid) {
      throw new BackendError(
        'invalid-input',
        `The file has ${bad.length} ${bad.length === 1 ? 'row' : 'rows'} that cannot be imported (${rowList(badRows)}): ${reasons}. Nothing was imported. ` +
          'Correct the file and choose it again, or import the other rows and skip these.',
        details,
      );
    }
    if (reading.ready.length === 0) {
      throw new BackendError('invalid-input', `The file has no contacts that can be imported${bad.length > 0 ? ` (${reasons})` : ''}. Nothing was imported.`, details);
    }

    // One organisation per new name, however many rows name it. Creates say `deleted: false` so that a redo after an
    // undo (which marks them deleted) brings them back.
    const mutations: Mutation[] = [];
    const created = new Map<string, string>();
    for (const r of reading.ready) {
      let organisationId: string | undefined;
      if (r.organisation && 'id' in r.organisation) organisationId = r.organisation.id;
      else if (r.organisation) {
        const name = r.organisation.create;
        const nameKey = name.normalize('NFKC').trim().toLowerCase();
        organisationId = created.get(nameKey);
        if (!organisationId) {
          organisationId = nanoid(12);
          created.set(nameKey, organisationId);
          const chinese = /\p{Script=Han}/u.test(name);
          const fields = OrganisationInput.parse({ name: { en: name, zhHant: chinese ? name : '' } });
          mutations.push({ collection: 'organisations', id: organisationId, fields: { ...fields, id: organisationId, deleted: false } });
        }
      }
      const { nameEn, nameZhHant, nameZhHans, title, email, phone } = r.values;
      const id = nanoid(12);
      const fields = ContactInput.parse({
        name: { en: nameEn ?? '', zhHant: nameZhHant ?? '', zhHans: nameZhHans ?? '' },
        title: title ?? '',
        email: email ?? '',
        phone: phone ?? '',
        ...(organisationId ? { organisationId } : {}),
      });
      mutations.push({ collection: 'contacts', id, fields: { ...fields, id, deleted: false } });
    }
    const imported = reading.ready.length;
    const total = mutations.length;
    await ctx.history.applyInBatches({ action: 'contact.import', subject: `${imported} ${imported === 1 ? 'contact' : 'contacts'}` }, mutations, {
      size: IMPORT_BATCH,
      signal: job.signal,
      onBatch: (done) => job.progress('writing', done, total),
      cancelled: () => cancelledError(what),
    });
    return { imported, skipped: badRows };
  }
}
