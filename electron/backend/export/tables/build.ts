// The three exported tables — follow-ups, contacts and outcomes — read from live records only (tombstones, and the
// follow-ups of deleted trips, are left out, as on the dashboard). Follow-ups come from the activity index, which
// already holds every trip's live follow-ups, so an export does not re-read ten years of trip files.
import { hasOutcome, outcomeDate, sortFollowUpRows } from '../../../../shared/domain/followups';
import type { FollowUp, Organisation } from '../../../../shared/model';
import { activityIndexFor } from '../../activity';
import { followUpRow, loadLookup, type Lookup } from '../../activity/lookup';
import type { Store } from '../../store/types';
import type { Column, Row, Table } from './table';

export type TableName = 'followups' | 'contacts' | 'outcomes';

const text = (key: string, header: string, maxWidth?: number): Column => ({ key, header, type: 'text', ...(maxWidth ? { maxWidth } : {}) });
const number = (key: string, header: string): Column => ({ key, header, type: 'number' });
const date = (key: string, header: string): Column => ({ key, header, type: 'date' });

const mouColumns = [text('mouTitle', 'MoU title', 50), text('mouParties', 'MoU parties', 50), date('mouDate', 'MoU date')];
const resultColumns = [number('investmentHkd', 'Investment (HK$)'), number('jobs', 'Jobs')];

const followUpColumns: Column[] = [
  text('title', 'Title', 50),
  text('status', 'Status'),
  text('priority', 'Priority'),
  text('owner', 'Owner'),
  date('dueDate', 'Due date'),
  text('trip', 'Trip', 40),
  text('event', 'Event', 40),
  text('organisation', 'Organisation', 40),
  ...mouColumns,
  ...resultColumns,
  text('details', 'Details', 60),
];

const contactColumns: Column[] = [
  text('nameEn', 'Name (English)'),
  text('nameZhHant', 'Name (Traditional Chinese)'),
  text('nameZhHans', 'Name (Simplified Chinese)'),
  text('title', 'Title', 40),
  text('organisation', 'Organisation', 40),
  text('email', 'Email'),
  text('phone', 'Phone'),
];

const outcomeColumns: Column[] = [
  text('trip', 'Trip', 40),
  text('followUp', 'Follow-up', 50),
  text('organisation', 'Organisation', 40),
  text('sector', 'Sector', 30),
  ...mouColumns,
  ...resultColumns,
  date('date', 'Date'),
];

/** The words people read in the file, rather than the codes the app stores. */
const statusWords: Record<FollowUp['status'], string> = { open: 'Open', 'in-progress': 'In progress', waiting: 'Waiting', done: 'Done', dropped: 'Dropped' };
const priorityWords: Record<FollowUp['priority'], string> = { low: 'Low', normal: 'Normal', high: 'High' };

function outcomeCells(f: FollowUp): Row {
  const { mou, investmentHkd, jobs } = f.outcome;
  return {
    mouTitle: mou?.title,
    mouParties: mou?.parties.join('; ') || undefined,
    mouDate: mou?.date,
    investmentHkd,
    jobs,
  };
}

/** Live follow-ups in list order (trips newest first, then as the follow-up lists sort them), with their names. */
async function followUpsWithNames(store: Store, lookup: Lookup) {
  const index = activityIndexFor(store);
  await index.ready();
  const trips = [...lookup.trips.values()].sort((a, b) => (a.startDate < b.startDate ? 1 : a.startDate > b.startDate ? -1 : a.title.localeCompare(b.title)));
  return trips.flatMap((trip) => {
    const activity = index.trip(trip.id);
    return sortFollowUpRows((activity?.followUps ?? []).map((f) => followUpRow(f, activity, lookup)));
  });
}

function organisationOf(lookup: Lookup, id: string | undefined): Organisation | undefined {
  return id ? lookup.organisations.get(id) : undefined;
}

export async function buildTable(store: Store, table: TableName): Promise<Table> {
  const lookup = await loadLookup(store);
  if (table === 'contacts') {
    const contacts = (await store.all('contacts')).filter((c) => !c.deleted).sort((a, b) => a.name.en.localeCompare(b.name.en) || a.id.localeCompare(b.id));
    const rows = contacts.map<Row>((c) => ({
      nameEn: c.name.en,
      nameZhHant: c.name.zhHant,
      nameZhHans: c.name.zhHans,
      title: c.title,
      organisation: organisationOf(lookup, c.organisationId)?.name.en,
      email: c.email,
      phone: c.phone,
    }));
    return { name: 'Contacts', fileStem: 'contacts', columns: contactColumns, rows };
  }

  const followUps = await followUpsWithNames(store, lookup);
  if (table === 'followups') {
    const rows = followUps.map<Row>(({ followUp: f, tripTitle, ownerName, eventTitle, organisationName }) => ({
      title: f.title,
      status: statusWords[f.status],
      priority: priorityWords[f.priority],
      owner: ownerName,
      dueDate: f.dueDate,
      trip: tripTitle,
      event: eventTitle,
      organisation: organisationName,
      ...outcomeCells(f),
      details: f.details,
    }));
    return { name: 'Follow-ups', fileStem: 'follow-ups', columns: followUpColumns, rows };
  }

  const rows = followUps
    .filter(({ followUp }) => hasOutcome(followUp))
    .map<Row>(({ followUp: f, tripTitle }) => {
      const organisation = organisationOf(lookup, f.organisationId);
      return {
        trip: tripTitle,
        followUp: f.title,
        organisation: organisation?.name.en,
        sector: organisation?.sector,
        ...outcomeCells(f),
        date: outcomeDate(f),
      };
    });
  return { name: 'Outcomes', fileStem: 'outcomes', columns: outcomeColumns, rows };
}
