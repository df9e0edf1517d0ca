// Loads the directory lists a section needs (contacts need their organisations; members stand alone).
import type { Contact, Member, Organisation } from '../../../../shared/model';
import { useData } from '../../api/useData';
import type { DirectorySection } from '../../app/router';

export interface DirectoryData {
  organisations?: Organisation[];
  contacts?: Contact[];
  members?: Member[];
  error: unknown;
  loading: boolean;
  reload: () => void;
}

export function useDirectoryData(section: DirectorySection): DirectoryData {
  const needsPeople = section !== 'members';
  const organisations = useData(needsPeople ? 'organisations.list' : 'organisations.skip', (client) =>
    needsPeople ? client.call('organisations.list', {}) : Promise.resolve([]),
  );
  const contacts = useData(needsPeople ? 'contacts.list' : 'contacts.skip', (client) => (needsPeople ? client.call('contacts.list', {}) : Promise.resolve([])));
  const members = useData(needsPeople ? 'members.skip' : 'members.list', (client) => (needsPeople ? Promise.resolve([]) : client.call('members.list', {})));
  const parts = needsPeople ? [organisations, contacts] : [members];
  return {
    organisations: organisations.data,
    contacts: contacts.data,
    members: members.data,
    error: parts.find((p) => p.error !== undefined)?.error,
    loading: parts.some((p) => p.loading),
    reload: organisations.reload,
  };
}
