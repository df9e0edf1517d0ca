// The follow-up editor's working copy: every field as typed (strings), checked here in words people understand,
// and turned into the contract's create input or update patch (a cleared optional field is sent as null).
import type { TFunction } from 'i18next';
import type { InputOf } from '../../../../shared/contract';
import { CalendarDate, type FollowUp, type FollowUpStatus, type Outcome } from '../../../../shared/model';
import { parseAmount } from './followUpFormat';

export type Priority = FollowUp['priority'];

export interface FollowUpDraft {
  title: string;
  details: string;
  ownerId: string;
  dueDate: string;
  status: FollowUpStatus;
  priority: Priority;
  tripId: string;
  eventId: string;
  organisationId: string;
  mouTitle: string;
  /** One party per line. */
  mouParties: string;
  mouDate: string;
  investment: string;
  jobs: string;
}

export type DraftErrors = Partial<Record<keyof FollowUpDraft | 'form', string>>;

export function emptyDraft(start: Partial<FollowUpDraft> = {}): FollowUpDraft {
  return {
    title: '',
    details: '',
    ownerId: '',
    dueDate: '',
    status: 'open',
    priority: 'normal',
    tripId: '',
    eventId: '',
    organisationId: '',
    mouTitle: '',
    mouParties: '',
    mouDate: '',
    investment: '',
    jobs: '',
    ...start,
  };
}

export function draftFromFollowUp(f: FollowUp): FollowUpDraft {
  return {
    title: f.title,
    details: f.details,
    ownerId: f.ownerId ?? '',
    dueDate: f.dueDate ?? '',
    status: f.status,
    priority: f.priority,
    tripId: f.tripId,
    eventId: f.eventId ?? '',
    organisationId: f.organisationId ?? '',
    mouTitle: f.outcome.mou?.title ?? '',
    mouParties: (f.outcome.mou?.parties ?? []).join('\n'),
    mouDate: f.outcome.mou?.date ?? '',
    investment: f.outcome.investmentHkd === undefined ? '' : String(f.outcome.investmentHkd),
    jobs: f.outcome.jobs === undefined ? '' : String(f.outcome.jobs),
  };
}

const isDate = (value: string): boolean => CalendarDate.safeParse(value).success;
const parties = (text: string): string[] => text.split('\n').map((p) => p.trim()).filter(Boolean);

function parseJobs(text: string): number | undefined {
  const plain = text.replace(/,|\s/g, '');
  if (plain === '') return undefined;
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
}

export function validateDraft(draft: FollowUpDraft, t: TFunction): DraftErrors {
  const errors: DraftErrors = {};
  if (!draft.title.trim()) errors.title = t('followups.errors.title');
  if (!draft.tripId) errors.tripId = t('followups.errors.trip');
  if (draft.dueDate && !isDate(draft.dueDate)) errors.dueDate = t('followups.errors.date');
  if (draft.mouDate && !isDate(draft.mouDate)) errors.mouDate = t('followups.errors.date');
  if (!draft.mouTitle.trim() && (parties(draft.mouParties).length > 0 || draft.mouDate)) errors.mouTitle = t('followups.errors.mouTitle');
  if (Number.isNaN(parseAmount(draft.investment))) errors.investment = t('followups.errors.investment');
  if (Number.isNaN(parseJobs(draft.jobs))) errors.jobs = t('followups.errors.jobs');
  return errors;
}

export function draftOutcome(draft: FollowUpDraft): Outcome {
  const outcome: Outcome = {};
  if (draft.mouTitle.trim()) {
    outcome.mou = { title: draft.mouTitle.trim(), parties: parties(draft.mouParties) };
    if (draft.mouDate) outcome.mou.date = draft.mouDate;
  }
  const investment = parseAmount(draft.investment);
  if (investment !== undefined) outcome.investmentHkd = investment;
  const jobs = parseJobs(draft.jobs);
  if (jobs !== undefined) outcome.jobs = jobs;
  return outcome;
}

/** The create input of a valid draft. */
export function draftToCreate(draft: FollowUpDraft): InputOf<'followups.create'> {
  const input: InputOf<'followups.create'> = {
    tripId: draft.tripId,
    title: draft.title.trim(),
    details: draft.details,
    status: draft.status,
    priority: draft.priority,
    outcome: draftOutcome(draft),
  };
  if (draft.ownerId) input.ownerId = draft.ownerId;
  if (draft.dueDate) input.dueDate = draft.dueDate;
  if (draft.eventId) input.eventId = draft.eventId;
  if (draft.organisationId) input.organisationId = draft.organisationId;
  return input;
}

type Patch = InputOf<'followups.update'>['patch'];

/** The update patch of a valid draft: every field, with emptied optional ones as null so the backend clears them. */
export function draftToPatch(draft: FollowUpDraft): Patch {
  return {
    title: draft.title.trim(),
    details: draft.details,
    status: draft.status,
    priority: draft.priority,
    outcome: draftOutcome(draft),
    ownerId: draft.ownerId || null,
    dueDate: draft.dueDate || null,
    eventId: draft.eventId || null,
    organisationId: draft.organisationId || null,
  };
}

/** Field errors from the backend's invalid-input details (zod issues with a path), where it names a field. */
export function issuesToErrors(details: unknown): DraftErrors {
  const errors: DraftErrors = {};
  const issues = (details as { issues?: { path?: (string | number)[] | string; message?: string }[] } | undefined)?.issues ?? [];
  const fields: Record<string, keyof FollowUpDraft> = { title: 'title', tripId: 'tripId', dueDate: 'dueDate', ownerId: 'ownerId', eventId: 'eventId', organisationId: 'organisationId', jobs: 'jobs', investmentHkd: 'investment' };
  for (const issue of issues) {
    // zod gives a path as an array; the backend's own checks give it as "field" or "a.b".
    const path = Array.isArray(issue.path) ? issue.path.map(String) : String(issue.path ?? '').split('.');
    const key = [...path].reverse().find((p) => p in fields);
    if (key && issue.message) errors[fields[key]!] = issue.message;
  }
  return errors;
}
