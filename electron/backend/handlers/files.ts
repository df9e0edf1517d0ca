// files.saveAs: hands a made file to the host's save dialog; where there is none (browser mode) the client downloads.
import type { Handlers } from '../dispatch';
import type { HandlerContext } from './context';

export function filesHandlers(ctx: HandlerContext): Pick<Handlers, 'files.saveAs'> {
  return {
    async 'files.saveAs'({ fileName, mime, base64 }) {
      if (!ctx.ports.files) return { saved: false, download: true };
      const result = await ctx.ports.files.saveAs({ fileName, mime, bytes: Buffer.from(base64, 'base64') });
      return result.path === undefined ? { saved: result.saved } : { saved: result.saved, path: result.path };
    },
  };
}
