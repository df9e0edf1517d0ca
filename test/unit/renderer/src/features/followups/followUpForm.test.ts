// The editor's draft: checked in words, turned into create input and update patch (cleared fields as null), and
// amounts typed with separators read back as numbers.
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { FollowUp } from '../../../../../../shared/model';
import { placeIssues } from '../../../../../../renderer/src/components/forms/issuePaths';
import { flattenErrors, schemaResolver } from '../../../../../../renderer/src/components/forms/schemaForm';
import { draftFromFollowUp, draftToCreate, draftToPatch, emptyDraft, FollowUpForm, followUpFieldMap, followUpMessages, type FollowUpValues } from '../../../../../../renderer/src/features/followups/followUpForm';
import { formatHkd, parseAmount } from '../../../../../../renderer/src/features/followups/followUpFormat';

const t = ((key: string) => key) as unknown as TFunction;

/** The form's own check, as the editor runs it on Save. */
async function validateDraft(draft: FollowUpValues, tr: TFunction): Promise<Record<string, string>> {
  const { errors } = await schemaResolver<FollowUpValues>(FollowUpForm, followUpMessages(tr))(draft, undefined, { fields: {}, shouldUseNativeValidation: false });
  return flattenErrors(errors);
}

const stored: FollowUp = {
  id: 'f1',
  tripId: 't1',
  title: 'Send landing package',
  ownerId: 'm1',
  dueDate: '2027-04-01',
  status: 'waiting',
  priority: 'high',
  organisationId: 'o1',
  eventId: 'e1',
  outcome: { mou: { title: 'AI lab MoU', parties: ['HKSTP', 'Alibaba Cloud'], date: '2027-03-11' }, investmentHkd: 250_000_000, jobs: 120 },
  details: 'Ask about the Shatin site.',
  createdAt: '2027-01-01T00:00:00.000Z',
  updatedAt: '2027-01-01T00:00:00.000Z',
  deleted: false,
};

describe('follow-up draft', () => {
  it('needs a title and a trip, and says so per field', async () => {
    expect(await validateDraft(emptyDraft(), t)).toEqual({ title: 'followups.errors.title', tripId: 'followups.errors.trip' });
    expect(await validateDraft(emptyDraft({ title: 'x', tripId: 't1' }), t)).toEqual({});
  });

  it('refuses unreadable dates, amounts and job counts, and MoU details without a title', async () => {
    const errors = await validateDraft(emptyDraft({ title: 'x', tripId: 't1', dueDate: '2027-02-30', investment: '12 million', jobs: '3.5', mouParties: 'HKSTP' }), t);
    expect(Object.keys(errors).sort()).toEqual(['dueDate', 'investment', 'jobs', 'mouTitle']);
  });

  it('survives a round trip through a stored follow-up', () => {
    const draft = draftFromFollowUp(stored);
    expect(draft.mouParties).toBe('HKSTP\nAlibaba Cloud');
    const input = draftToCreate(draft);
    const { id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = stored;
    expect(input).toEqual(fields);
  });

  it('sends emptied links as null so the backend clears them', () => {
    const draft = { ...draftFromFollowUp(stored), ownerId: '', dueDate: '', organisationId: '', eventId: '', investment: '', jobs: '', mouTitle: '', mouParties: '', mouDate: '' };
    expect(draftToPatch(draft)).toEqual({
      title: 'Send landing package',
      details: 'Ask about the Shatin site.',
      status: 'waiting',
      priority: 'high',
      outcome: {},
      ownerId: null,
      dueDate: null,
      eventId: null,
      organisationId: null,
    });
  });

  it('reads amounts typed with separators and the currency', () => {
    expect(parseAmount('250,000,000')).toBe(250_000_000);
    expect(parseAmount(' HK$ 1 200 000 ')).toBe(1_200_000);
    expect(parseAmount('')).toBeUndefined();
    expect(parseAmount('-5')).toBeNaN();
    expect(formatHkd('en', 250_000_000)).toBe('HK$250,000,000');
    expect(formatHkd('zh-Hant', 1_200_000)).toContain('1,200,000');
  });

  it('maps the backend’s field issues onto the form, whichever way the path is written', () => {
    const placed = placeIssues(
      { issues: [{ path: 'organisationId', message: 'organisation not found' }, { path: ['title'], message: 'a follow-up needs a title' }, { path: ['patch', 'outcome', 'investmentHkd'], message: 'too big' }] },
      followUpFieldMap,
    );
    expect(placed.fields).toEqual({
      organisationId: 'organisation not found',
      title: 'a follow-up needs a title',
      investment: 'too big',
    });
    expect(placeIssues(undefined, followUpFieldMap)).toEqual({ fields: {}, form: [] });
  });
});
