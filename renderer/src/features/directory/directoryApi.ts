// The directory's calls for any section, so the list, form and merge code is written once for all three.
import type { PlannerClient } from '../../../../shared/contract';
import type { DirectorySection } from '../../app/router';
import { contactInput, memberInput, organisationInput, type DirectoryValues } from './directoryForm';
import type { DirectoryRecord } from './directoryLogic';

export async function saveRecord(client: PlannerClient, section: DirectorySection, draft: DirectoryValues, id?: string): Promise<DirectoryRecord> {
  switch (section) {
    case 'organisations': {
      const input = organisationInput(draft);
      return id ? client.call('organisations.update', { id, patch: input }) : client.call('organisations.create', input);
    }
    case 'contacts': {
      const input = contactInput(draft);
      // "No organisation" on an edit clears the link: a patch clears an optional field with null.
      return id ? client.call('contacts.update', { id, patch: { ...input, organisationId: input.organisationId ?? null } }) : client.call('contacts.create', input);
    }
    case 'members': {
      const input = memberInput(draft);
      return id ? client.call('members.update', { id, patch: input }) : client.call('members.create', input);
    }
  }
}

export async function deleteRecord(client: PlannerClient, section: DirectorySection, id: string): Promise<void> {
  await client.call(`${section}.delete`, { id });
}

export async function mergeRecords(client: PlannerClient, section: DirectorySection, keepId: string, mergeIds: string[]): Promise<DirectoryRecord> {
  return client.call(`${section}.merge`, { keepId, mergeIds });
}
