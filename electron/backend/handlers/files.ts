// files.saveAs: keeps a file an export made, by its id. In Electron main's save dialog says where and the backend
// writes it there (the bytes never leave this process); where there is no dialog (browser mode) the client downloads
// it from the web server by the same id.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import { writeFileAtomically } from '../files/atomic-write';
import type { HandlerContext } from './context';

export function filesHandlers(ctx: HandlerContext): Pick<Handlers, 'files.saveAs'> {
  return {
    async 'files.saveAs'({ id }) {
      // Asked first, so an expired file is reported before a dialog is shown for it.
      const file = ctx.files.get(id);
      if (!ctx.ports.files) return { saved: false, download: true };
      const target = await ctx.ports.files.choosePath({ fileName: file.fileName });
      // Cancelled: the file is let go too; every export flow makes a fresh one when asked again.
      if (target === null) {
        ctx.files.release(id);
        return { saved: false };
      }
      try {
        // The user's own folder: the umask decides the mode, as for any file they save.
        await writeFileAtomically(target, file.bytes);
      } catch (error) {
        // Not the data folder's storage error: this is the place the user chose, so say so and what to try.
        const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
        throw new BackendError(
          'storage',
          `${file.fileName} could not be saved to ${target} (${code}). Nothing was written there; check that the disk has space and the folder can be written to, or choose another folder, and save again.`,
          { reason: 'save-failed', errno: code },
        );
      }
      ctx.files.release(id);
      return { saved: true, path: target };
    },
  };
}
