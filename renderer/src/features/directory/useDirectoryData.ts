// Loads the directory lists a section needs (contacts need their organisations; members stand alone).
import type { Contact, Member, Organisation } from '../../../../shared/model';
import { useCall } from '../../api/query';
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
  const organisations = useCall('organisations.list', {}, { enabled: needsPeople });
  const contacts = useCall('contacts.list', {}, { enabled: needsPeople });
  const members = useCall('members.list', {}, { enabled: !needsPeople });
  const parts = needsPeople ? [organisations, contacts] : [members];
  const failed = parts.find((p) => p.isError);
  return {
    organisations: needsPeople ? organisations.data : [],
    contacts: needsPeople ? contacts.data : [],
    members: needsPeople ? [] : members.data,
    error: failed ? failed.error : undefined,
    loading: parts.some((p) => p.isFetching),
    reload: () => {
      for (const part of parts) void part.refetch();
    },
  };
}
