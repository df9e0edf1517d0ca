// Every contract method's handler, gathered from the groups that own them.
import type { Handlers } from '../dispatch';
import { appHandlers } from './app';
import type { HandlerContext } from './context';
import { tripHandlers } from './trips';

export type { HandlerContext } from './context';

export function createHandlers(ctx: HandlerContext): Handlers {
  return { ...appHandlers(ctx), ...tripHandlers(ctx) };
}
