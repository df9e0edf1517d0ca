// Every contract method's handler, gathered from the groups that own them.
import type { Handlers } from '../dispatch';
import { appHandlers } from './app';
import type { HandlerContext } from './context';
import { backupHandlers } from './backup';
import { directoryHandlers } from './directory';
import { documentsHandlers } from './documents';
import { documentsListsHandlers } from './documents-lists';
import { documentsPeopleHandlers } from './documents-people';
import { eventHandlers } from './events';
import { filesHandlers } from './files';
import { followupsHandlers } from './followups';
import { historyHandlers } from './history';
import { icsHandlers } from './ics';
import { logisticsHandlers } from './logistics';
import { notesHandlers } from './notes';
import { outcomesHandlers } from './outcomes';
import { searchHandlers } from './search';
import { settingsHandlers } from './settings';
import { syncHandlers } from './sync';
import { tablesHandlers } from './tables';
import { tripHandlers } from './trips';
import { ImportJobs } from '../workers/jobs';

export type { HandlerContext } from './context';

export function createHandlers(ctx: HandlerContext): Handlers {
  // Calendar and contacts imports share one registry, so one `import.cancel` stops either.
  const jobs = new ImportJobs(ctx.push);
  return {
    ...appHandlers(ctx),
    ...tripHandlers(ctx),
    ...eventHandlers(ctx),
    ...directoryHandlers(ctx),
    ...historyHandlers(ctx),
    ...settingsHandlers(ctx),
    ...notesHandlers(ctx),
    ...followupsHandlers(ctx),
    ...logisticsHandlers(ctx),
    ...outcomesHandlers(ctx),
    ...searchHandlers(ctx),
    ...filesHandlers(ctx),
    ...documentsHandlers(ctx),
    ...documentsPeopleHandlers(ctx),
    ...documentsListsHandlers(ctx),
    ...icsHandlers(ctx, jobs),
    ...tablesHandlers(ctx, jobs),
    'import.cancel': async ({ jobId }) => ({ cancelled: jobs.cancel(jobId) }),
    ...backupHandlers(ctx),
    ...syncHandlers(ctx),
  };
}
