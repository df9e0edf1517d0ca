// What the follow-up screens pick from: members in order of precedence, trips newest first, organisations as
// picker records (created on the fly from typed text), and this device's member (the default owner).
import { useMemo } from 'react';
import type { Member, Organisation, Trip } from '../../../../shared/model';
import { useClient } from '../../api';
import { useCall, useWritten } from '../../api/query';
import { nameFromText, type PickerRecord } from '../../components/recordPicker';

export interface FollowUpDirectory {
  members: Member[];
  trips: Trip[];
  organisations: Organisation[];
  organisationRecords: PickerRecord[];
  meId?: string;
  createOrganisation: (text: string) => Promise<PickerRecord>;
}

const live = <T extends { deleted?: boolean }>(list: T[] | undefined): T[] => (list ?? []).filter((x) => !x.deleted);

export function byRank(a: Member, b: Member): number {
  return a.rank - b.rank || a.name.en.localeCompare(b.name.en);
}

function organisationRecord(org: Organisation): PickerRecord {
  return { id: org.id, name: org.name, detail: [org.city, org.sector].filter(Boolean).join(' · ') || undefined };
}

export function useFollowUpDirectory(): FollowUpDirectory {
  const client = useClient();
  const written = useWritten();
  const members = useCall('members.list', {}).data;
  const trips = useCall('trips.list', {}).data;
  const organisations = useCall('organisations.list', {}).data;
  const settings = useCall('settings.get', {}).data;

  return useMemo(() => {
    const orgs = live(organisations).sort((a, b) => a.name.en.localeCompare(b.name.en));
    return {
      members: live(members).sort(byRank),
      trips: live(trips).sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title)),
      organisations: orgs,
      organisationRecords: orgs.map(organisationRecord),
      meId: settings?.meId,
      async createOrganisation(text: string) {
        const input = { name: nameFromText(text) };
        const org = await client.call('organisations.create', input);
        written('organisations.create', input, org);
        return organisationRecord(org);
      },
    };
  }, [members, trips, organisations, settings, client, written]);
}
