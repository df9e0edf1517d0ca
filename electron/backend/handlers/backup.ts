// backup.*: everything in one file, and restoring it — into an empty data folder, or replacing what is there once
// the user has confirmed (what is there is first saved to <dataDir>/exports). A refused restore changes nothing.
import { type Collection, collections } from '../../../shared/model';
import { collectAll, liveCounts } from '../backup/collect';
import { isEncryptedBackup, openBackup, sealBackup } from '../backup/encryption';
import { BACKUP_COLLECTIONS, BACKUP_MIME, type BackupData } from '../backup/format';
import { BackupProblem, unchanged } from '../backup/problems';
import { applyInBatches, restoreMutations } from '../backup/restore';
import { saveBeforeRestore } from '../backup/save-file';
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import { backupParts, recordCount } from '../workers/export-tasks';
import { exportProgress, type ExportReport } from '../workers/jobs';
import { runBounded, type Bounds } from '../workers/run-bounded';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'backup.export' | 'backup.restore'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A backup unpacks to at most 256 MB (format.ts); parsing and checking that much JSON takes a few GB of heap at most. */
const backupBounds: Bounds = { timeoutMs: 120_000, maxOldGenerationSizeMb: 3072 };

/** "Delegation Planner backup 2026-01-05 1030.dpbackup", in the computer's own time, as people name files. */
export function backupFileName(ms: number): string {
  const d = new Date(ms);
  return `Delegation Planner backup ${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}${pad(d.getMinutes())}.dpbackup`;
}

function describeCounts(counts: Record<Collection, number>): string {
  const parts = BACKUP_COLLECTIONS.filter((c) => counts[c] > 0).map((c) => `${counts[c]} ${collections[c].plural}`);
  return parts.join(', ');
}

export function backupHandlers(ctx: HandlerContext): Group {
  const { store } = ctx;
  let restoring = false;

  /**
   * Serialised, hashed and compressed in the worker (a ten-year history is about 100 MB of JSON, seconds of one
   * thread): the records are handed over a collection piece at a time, with other calls answered in between.
   */
  function pack(data: BackupData, progress?: ExportReport): Promise<Uint8Array> {
    const about = { exportedAt: new Date(ctx.clock.now()).toISOString(), deviceId: store.deviceId, appVersion: ctx.version };
    const total = recordCount(data);
    return runBounded('backup.encode', { about, total }, {
      what: 'The backup',
      doing: 'make',
      bounds: backupBounds,
      parts: backupParts(data),
      advice: 'Close other programs and try again.',
      ...(progress && { onProgress: (p: { done: number; total: number }) => progress('making', p.done, p.total) }),
    });
  }

  async function restore(base64: string, replace: boolean, passphrase: string | undefined) {
    const bytes = Buffer.from(base64, 'base64');
    // Opened (and so the passphrase checked) before anything else: a wrong one changes nothing.
    const plain = isEncryptedBackup(bytes) ? await openBackup(bytes, passphrase) : bytes;
    // Unpacked, parsed and checked in a worker with bounds on time and memory: a large or hostile file cannot stall
    // or kill the thread that answers calls (workers/run-bounded.ts).
    const { data: target } = await runBounded('backup.read', { bytes: plain }, {
      what: 'This backup file',
      bounds: backupBounds,
      advice: 'Close other programs and try again, or restore a newer backup.',
    });
    const current = await collectAll(store);
    const present = liveCounts(current);
    const hasData = BACKUP_COLLECTIONS.some((c) => present[c] > 0);
    if (hasData && !replace) {
      throw new BackendError(
        'conflict',
        `This data folder already holds data (${describeCounts(present)}), which restoring would replace. ${unchanged} To replace it, confirm the restore: what is there now is saved to a file first.`,
        { reason: 'has-data', present },
      );
    }
    // Durably on disk before the first change: this file is the way back.
    const previousSavedTo = hasData ? await saveBeforeRestore(ctx.dataDir, await pack(current), ctx.clock.now()) : undefined;
    const mutations = restoreMutations(current, target);
    let applied = 0;
    try {
      await applyInBatches(store, mutations, (done) => (applied = done));
    } catch (error) {
      const saved = previousSavedTo ? ` What was there before is saved in ${previousSavedTo}; restore that file to go back.` : '';
      const why = error instanceof Error ? error.message : String(error);
      throw new BackendError('storage', `The restore stopped part-way (${applied} of ${mutations.length} records written): ${why}${saved}`, {
        reason: 'partial',
        previousSavedTo,
      });
    } finally {
      if (applied > 0) {
        await ctx.history.clear(); // an older undo step would write over the restored data
      }
    }
    // Restored data is the user's own: the first-run offer of sample trips would only get in the way.
    if (!store.meta().samplesAnswered) await store.setMeta({ samplesAnswered: true });
    return { restored: liveCounts(target), ...(previousSavedTo && { previousSavedTo }) };
  }

  return {
    async 'backup.export'({ passphrase, jobId }) {
      const progress = exportProgress(ctx.push, jobId);
      progress('gathering', 0, 0);
      // Every tenth trip's files: enough to move the bar, not a push per trip of a ten-year history.
      const data = await collectAll(store, (done, total) => (done % 10 === 0 || done === total) && progress('gathering', done, total));
      const packed = await pack(data, progress);
      const bytes = passphrase === undefined ? packed : await sealBackup(packed, passphrase);
      return ctx.files.hold({ fileName: backupFileName(ctx.clock.now()), mime: BACKUP_MIME, bytes });
    },

    async 'backup.restore'({ base64, replace, passphrase }) {
      if (restoring) throw new BackendError('conflict', `A restore is already running. ${unchanged} Wait for it to finish.`, { reason: 'busy' });
      restoring = true;
      try {
        return await restore(base64, replace, passphrase);
      } catch (error) {
        if (error instanceof BackupProblem) throw new BackendError('invalid-input', error.message, { reason: error.reason, why: error.why });
        throw error;
      } finally {
        restoring = false;
      }
    },
  };
}
