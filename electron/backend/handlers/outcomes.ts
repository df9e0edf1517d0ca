// PLACEHOLDER while issue 4 is built in parallel: replaced by the real handlers before anything lands.
import type { Handlers } from '../dispatch';
import { BackendError } from '../errors';
import type { HandlerContext } from './context';

type Group = Pick<Handlers, 'organisations.page' | 'outcomes.dashboard'>;

const unbuilt = (method: string) => async (): Promise<never> => {
  throw new BackendError('internal', `${method} is being built`);
};

export function outcomesHandlers(_ctx: HandlerContext): Group {
  return {
    'organisations.page': unbuilt('organisations.page'),
    'outcomes.dashboard': unbuilt('outcomes.dashboard'),
  };
}
