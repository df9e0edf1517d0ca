// app.*, samples.* and the directory lists: what the shell needs at start-up and on first run.
import type { Handlers } from '../dispatch';
import { listSamples, loadSamples, sampleKeysLoaded } from '../samples';
import type { HandlerContext } from './context';
import { live } from '../store/live';

type AppHandlers = Pick<
  Handlers,
  'app.info' | 'app.dismissNotice' | 'samples.list' | 'samples.load' | 'samples.dismiss' | 'members.list' | 'organisations.list' | 'contacts.list'
>;

export function appHandlers(ctx: HandlerContext): AppHandlers {
  const { store } = ctx;

  return {
    async 'app.info'() {
      const trips = live(await store.all('trips'));
      return {
        version: ctx.version,
        deviceId: store.deviceId,
        dataDir: ctx.dataDir,
        offerSamples: !store.meta().samplesAnswered && trips.length === 0,
        notices: store.notices(),
      };
    },

    async 'app.dismissNotice'({ id }) {
      return { dismissed: store.dismissNotice(id) };
    },

    async 'samples.list'() {
      const loaded = sampleKeysLoaded(await store.all('trips'));
      return listSamples().map((s) => ({ ...s, loaded: loaded.has(s.key) }));
    },

    async 'samples.load'({ keys }) {
      const trips = await loadSamples(store, keys);
      if (!store.meta().samplesAnswered) await store.setMeta({ samplesAnswered: true });
      return { loaded: trips };
    },

    async 'samples.dismiss'() {
      await store.setMeta({ samplesAnswered: true });
      return { dismissed: true };
    },

    async 'members.list'() {
      return live(await store.all('members')).sort((a, b) => a.rank - b.rank || a.name.en.localeCompare(b.name.en));
    },

    async 'organisations.list'() {
      return live(await store.all('organisations')).sort((a, b) => a.name.en.localeCompare(b.name.en));
    },

    async 'contacts.list'() {
      return live(await store.all('contacts')).sort((a, b) => a.name.en.localeCompare(b.name.en));
    },
  };
}
