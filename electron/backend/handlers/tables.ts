// PLACEHOLDER while issue 5 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'export.table' | 'import.contactsPreview' | 'import.contactsApply'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function tablesHandlers(_ctx: HandlerContext): Group {
  return {
    'export.table': unbuilt('export.table'),
    'import.contactsPreview': unbuilt('import.contactsPreview'),
    'import.contactsApply': unbuilt('import.contactsApply'),
  };
}
