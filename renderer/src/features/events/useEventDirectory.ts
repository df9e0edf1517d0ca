// The directory as the event editor needs it: members for the checklist, organisations and contacts as picker
// records (with a line saying who they are), and creating a counterpart on the fly from typed text.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact, Member, Organisation } from '../../../../shared/model';
import { useClient } from '../../api';
import { useCall, useWritten } from '../../api/query';
import { displayName, nameFromText, type PickerRecord } from '../../components/recordPicker';
import { membersForChecklist } from './eventForm';

export interface EventDirectory {
  members: { delegation: Member[]; others: Member[]; all: Member[] };
  contacts: Contact[];
  organisationRecords: PickerRecord[];
  contactRecords: PickerRecord[];
  createOrganisation: (text: string) => Promise<PickerRecord>;
  createContact: (text: string) => Promise<PickerRecord>;
}

const live = <T extends { deleted?: boolean }>(list: T[] | undefined): T[] => (list ?? []).filter((x) => !x.deleted);

export function organisationRecord(org: Organisation): PickerRecord {
  return { id: org.id, name: org.name, detail: [org.city, org.sector].filter(Boolean).join(' · ') || undefined };
}

export function contactRecord(contact: Contact, organisations: Organisation[], language: string): PickerRecord {
  const org = organisations.find((o) => o.id === contact.organisationId);
  return { id: contact.id, name: contact.name, detail: [contact.title, org ? displayName(org, language) : ''].filter(Boolean).join(', ') || undefined };
}

export function useEventDirectory(tripMemberIds: string[]): EventDirectory {
  const { i18n } = useTranslation();
  const client = useClient();
  const written = useWritten();
  const members = useCall('members.list', {}).data;
  const organisations = useCall('organisations.list', {}).data;
  const contacts = useCall('contacts.list', {}).data;
  const language = i18n.language;

  return useMemo(() => {
    const orgs = live(organisations);
    const people = live(contacts);
    const all = live(members);
    return {
      members: { ...membersForChecklist(all, tripMemberIds), all },
      contacts: people,
      organisationRecords: orgs.map(organisationRecord),
      contactRecords: people.map((c) => contactRecord(c, orgs, language)),
      async createOrganisation(text: string) {
        const input = { name: nameFromText(text) };
        const org = await client.call('organisations.create', input);
        written('organisations.create', input, org);
        return organisationRecord(org);
      },
      async createContact(text: string) {
        const input = { name: nameFromText(text) };
        const contact = await client.call('contacts.create', input);
        written('contacts.create', input, contact);
        return contactRecord(contact, orgs, language);
      },
    };
  }, [members, organisations, contacts, tripMemberIds, client, written, language]);
}
