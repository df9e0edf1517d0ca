// The follow-up form: every field as typed (strings), checked by a schema built from the contract's FollowUpInput,
// and turned into the contract's create input or update patch (a cleared optional field is sent as null).
import type { TFunction } from 'i18next';
import { z } from 'zod';
import type { InputOf } from '../../../../shared/contract';
import { CalendarDate, FollowUpInput, FollowUpStatus, Id, Priority as PrioritySchema, type FollowUp, type Outcome } from '../../../../shared/model';
import type { FieldMap } from '../../components/forms/issuePaths';
import type { FieldMessages } from '../../components/forms/schemaForm';
import { parseAmount } from './followUpFormat';

export type Priority = FollowUp['priority'];

export interface FollowUpValues {
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

export type DraftErrors = Partial<Record<keyof FollowUpValues | 'form', string>>;

/** The fields of a follow-up in the order the form shows them. */

export function emptyDraft(start: Partial<FollowUpValues> = {}): FollowUpValues {
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

export function draftFromFollowUp(f: FollowUp): FollowUpValues {
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

const parties = (text: string): string[] => text.split('\n').map((p) => p.trim()).filter(Boolean);

function parseJobs(text: string): number | undefined {
  const plain = text.replace(/,|\s/g, '');
  if (plain === '') return undefined;
  return /^\d+$/.test(plain) ? Number(plain) : Number.NaN;
}

const fields = FollowUpInput.shape;
const optional = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema]);

/** The form's values checked as typed: the contract's field schemas, with empty strings for "none". */
export const FollowUpForm = z
  .object({
    title: fields.title,
    details: fields.details,
    ownerId: optional(Id),
    dueDate: optional(CalendarDate),
    status: FollowUpStatus,
    priority: PrioritySchema,
    tripId: fields.tripId,
    eventId: optional(Id),
    organisationId: optional(Id),
    mouTitle: z.string().max(500),
    mouParties: z.string(),
    mouDate: optional(CalendarDate),
    investment: z.string().refine((text) => !Number.isNaN(parseAmount(text))),
    jobs: z.string().refine((text) => !Number.isNaN(parseJobs(text))),
  })
  // Checked even while another field is wrong, so every problem shows at once.
  .refine((draft) => draft.mouTitle.trim() !== '' || (parties(draft.mouParties).length === 0 && !draft.mouDate), { path: ['mouTitle'], when: () => true });

/** Each field's problem in words people understand. */
export function followUpMessages(t: TFunction): FieldMessages {
  return {
    title: () => t('followups.errors.title'),
    tripId: () => t('followups.errors.trip'),
    dueDate: () => t('followups.errors.date'),
    mouDate: () => t('followups.errors.date'),
    mouTitle: () => t('followups.errors.mouTitle'),
    investment: () => t('followups.errors.investment'),
    jobs: () => t('followups.errors.jobs'),
  };
}

/** Where the backend's issue paths show: the outcome's parts on their own fields. */
export const followUpFieldMap: FieldMap = {
  fields: Object.keys(FollowUpForm.shape),
  rename: {
    'outcome.mou.title': 'mouTitle',
    'outcome.mou.parties': 'mouParties',
    'outcome.mou.date': 'mouDate',
    'outcome.mou': 'mouTitle',
    'outcome.investmentHkd': 'investment',
    'outcome.jobs': 'jobs',
  },
};

export function draftOutcome(draft: FollowUpValues): Outcome {
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
export function draftToCreate(draft: FollowUpValues): InputOf<'followups.create'> {
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
export function draftToPatch(draft: FollowUpValues): Patch {
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
