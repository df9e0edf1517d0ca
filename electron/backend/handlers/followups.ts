// PLACEHOLDER while issue 4 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'followups.list' | 'followups.create' | 'followups.update' | 'followups.setStatus' | 'followups.delete' | 'followups.overdueCount'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function followupsHandlers(_ctx: HandlerContext): Group {
  return {
    'followups.list': unbuilt('followups.list'),
    'followups.create': unbuilt('followups.create'),
    'followups.update': unbuilt('followups.update'),
    'followups.setStatus': unbuilt('followups.setStatus'),
    'followups.delete': unbuilt('followups.delete'),
    'followups.overdueCount': unbuilt('followups.overdueCount'),
  };
}
