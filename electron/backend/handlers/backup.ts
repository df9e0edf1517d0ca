// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'backup.export' | 'backup.restore'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function backupHandlers(_ctx: HandlerContext): Group {
  return {
    'backup.export': unbuilt('backup.export'),
    'backup.restore': unbuilt('backup.restore'),
  };
}
