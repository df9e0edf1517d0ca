// members.*, organisations.*, contacts.*: the shared directory, including folding duplicates into one record.
import { nanoid } from 'nanoid';
import { clearedFields } from '../../../shared/model';
import type { Handlers } from '../dispatch';
import { BackendError, notFound } from '../errors';
import type { Mutation, RecordTypes } from '../store/types';
import type { HandlerContext } from './context';
import { repointReferences } from './references';

type DirectoryHandlers = Pick<
  Handlers,
  | 'members.create'
  | 'members.update'
  | 'members.delete'
  | 'members.merge'
  | 'organisations.create'
  | 'organisations.update'
  | 'organisations.delete'
  | 'organisations.merge'
  | 'contacts.create'
  | 'contacts.update'
  | 'contacts.delete'
  | 'contacts.merge'
>;

type DirectoryCollection = 'members' | 'organisations' | 'contacts';
const singular: Record<DirectoryCollection, string> = { members: 'member', organisations: 'organisation', contacts: 'contact' };

export function directoryHandlers(ctx: HandlerContext): DirectoryHandlers {
  const { store } = ctx;

  async function liveRecord<C extends DirectoryCollection>(collection: C, id: string): Promise<RecordTypes[C]> {
    const record = await store.get(collection, id);
    if (!record || record.deleted) throw notFound(singular[collection], id);
    return record;
  }


  function crud<C extends DirectoryCollection>(collection: C) {
    const noun = singular[collection];
    return {
      async create(input: Record<string, unknown> & { name: { en: string } }) {
        const id = nanoid(12);
        await ctx.history.apply({ action: `${noun}.create`, subject: input.name.en }, [{ collection, id, fields: { ...input, id } } as Mutation]);
        return liveRecord(collection, id);
      },
      async update({ id, patch }: { id: string; patch: Record<string, unknown> }) {
        const before = await liveRecord(collection, id);
        await ctx.history.apply({ action: `${noun}.edit`, subject: before.name.en }, [{ collection, id, fields: clearedFields(patch) } as Mutation]);
        return liveRecord(collection, id);
      },
      async remove({ id }: { id: string }) {
        const before = await liveRecord(collection, id);
        await ctx.history.apply({ action: `${noun}.delete`, subject: before.name.en }, [{ collection, id, fields: { deleted: true } } as Mutation]);
        return { id };
      },
    };
  }

  /**
   * Every reference to one of `mergeIds` that the registry declares (shared/model/collections.ts) moves to `keepId`,
   * and the duplicates become tombstones, all in one apply so the merge lands whole or not at all.
   */
  async function merge<C extends DirectoryCollection>(collection: C, keepId: string, mergeIds: string[]): Promise<RecordTypes[C]> {
    const keep = await liveRecord(collection, keepId);
    if (mergeIds.includes(keepId)) throw new BackendError('invalid-input', `A ${singular[collection]} cannot be merged into itself. Nothing was changed.`);
    for (const id of mergeIds) await liveRecord(collection, id);
    const moved = await repointReferences(store, collection, keepId, mergeIds);
    const mutations: Mutation[] = [...moved.mutations, ...mergeIds.map((id) => ({ collection, id, fields: { deleted: true } }) as Mutation)];
    await ctx.history.apply({ action: `${singular[collection]}.merge`, subject: keep.name.en }, mutations);
    return liveRecord(collection, keepId);
  }

  const members = crud('members');
  const organisations = crud('organisations');
  const contacts = crud('contacts');
  return {
    'members.create': (input) => members.create(input),
    'members.update': (input) => members.update(input),
    'members.delete': (input) => members.remove(input),
    'members.merge': ({ keepId, mergeIds }) => merge('members', keepId, mergeIds),
    'organisations.create': (input) => organisations.create(input),
    'organisations.update': (input) => organisations.update(input),
    'organisations.delete': (input) => organisations.remove(input),
    'organisations.merge': ({ keepId, mergeIds }) => merge('organisations', keepId, mergeIds),
    'contacts.create': (input) => contacts.create(input),
    'contacts.update': (input) => contacts.update(input),
    'contacts.delete': (input) => contacts.remove(input),
    'contacts.merge': ({ keepId, mergeIds }) => merge('contacts', keepId, mergeIds),
  };
}
