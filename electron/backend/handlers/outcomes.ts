// organisations.page and outcomes.dashboard: read-only views across every trip, built on the activity index
// (see electron/backend/activity/ for how it is kept current and dashboard.ts for what each figure means).
import { activityIndexFor } from '../activity';
import { dashboard } from '../activity/dashboard';
import { loadLookup } from '../activity/lookup';
import { organisationPage } from '../activity/organisation-page';
import type { Handlers } from '../dispatch';
import { notFound } from '../errors';
import type { HandlerContext } from './context';

type OutcomeHandlers = Pick<Handlers, 'organisations.page' | 'outcomes.dashboard'>;

export function outcomesHandlers(ctx: HandlerContext): OutcomeHandlers {
  const { store } = ctx;
  const index = activityIndexFor(store, ctx.dataDir);

  return {
    async 'organisations.page'({ id }) {
      const organisation = await store.get('organisations', id);
      if (!organisation || organisation.deleted) throw notFound('organisation', id);
      await index.ready();
      const [lookup, contacts] = await Promise.all([loadLookup(store), store.all('contacts')]);
      const people = contacts.filter((c) => !c.deleted && c.organisationId === id).sort((a, b) => a.name.en.localeCompare(b.name.en));
      return organisationPage(store, organisation, people, index, lookup);
    },

    async 'outcomes.dashboard'() {
      await index.ready();
      return dashboard(index, await loadLookup(store));
    },
  };
}
