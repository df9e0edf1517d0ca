// The editor's place fields (issue 9): the leg an event happens in, chosen or left to the date and zone, and a
// journey's two ends (city, station or airport, code), carried to the event and back, and cleared when emptied.
import { describe, expect, it } from 'vitest';
import { emptyBriefing, type TripEvent } from '../../../../../../shared/model';
import { fieldForPath, issuePath } from '../../../../../../renderer/src/components/forms/issuePaths';
import { clearedByDraft, draftFromEvent, draftToFields, eventFieldMap, travelFields } from '../../../../../../renderer/src/features/events/eventForm';

const fieldForIssue = (path: string): string => fieldForPath(issuePath(path), eventFieldMap) ?? 'form';

const meta = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', deleted: false };
const train: TripEvent = {
  id: 'train', ...meta, tripId: 'oases', kind: 'travel', title: 'High-speed train', start: '2025-05-15T04:30:00.000Z', end: '2025-05-15T05:35:00.000Z',
  timeZone: 'Asia/Shanghai', venue: { en: '', zh: '' }, address: { en: '', zh: '' }, memberIds: [], contactIds: [], organisationIds: [],
  status: 'confirmed', description: '', briefing: emptyBriefing,
  travel: {
    from: { city: { en: 'Hangzhou', zh: '杭州' }, place: { en: 'Hangzhou East Railway Station', zh: '杭州东站' } },
    to: { city: { en: 'Shanghai', zh: '上海' }, place: { en: 'Shanghai Hongqiao Railway Station', zh: '上海虹桥站' }, code: 'AOH' },
  },
};

describe('a journey’s ends in the editor', () => {
  it('shows each end in its fields and saves them back unchanged', () => {
    const draft = draftFromEvent(train);
    expect(draft).toMatchObject({ fromCityEn: 'Hangzhou', fromPlaceZh: '杭州东站', toCityEn: 'Shanghai', toPlaceEn: 'Shanghai Hongqiao Railway Station', toCode: 'AOH', legId: '' });
    expect(draftToFields(draft).travel).toEqual(train.travel);
    expect(draftToFields(draft)).not.toHaveProperty('legId');
  });

  it('keeps only the ends typed, trimmed, and none for an event that is not a journey', () => {
    const draft = { ...draftFromEvent({ ...train, travel: undefined }), toCityEn: '  Shanghai ' };
    expect(travelFields(draft)).toEqual({ to: { city: { en: 'Shanghai', zh: '' }, place: { en: '', zh: '' } } });
    expect(travelFields({ ...draft, kind: 'meeting' })).toBeUndefined();
  });

  it('clears what the draft no longer has: the ends emptied, a chosen leg set back to automatic', () => {
    const emptied = { ...draftFromEvent(train), fromCityEn: '', fromCityZh: '', fromPlaceEn: '', fromPlaceZh: '', toCityEn: '', toCityZh: '', toPlaceEn: '', toPlaceZh: '', toCode: '' };
    expect(clearedByDraft(emptied, train)).toEqual({ travel: null });
    const inHangzhou = { ...train, legId: 'hz' };
    expect(draftToFields(draftFromEvent(inHangzhou)).legId).toBe('hz');
    expect(clearedByDraft({ ...draftFromEvent(inHangzhou), legId: '' }, inHangzhou)).toEqual({ legId: null });
    expect(clearedByDraft(draftFromEvent(train), undefined)).toEqual({});
  });

  it('puts a backend issue on a journey’s end on its field', () => {
    expect(fieldForIssue('patch.travel.from.city.en')).toBe('fromCityEn');
    expect(fieldForIssue('travel.to.place.zh')).toBe('toPlaceZh');
    expect(fieldForIssue('travel.to.code')).toBe('toCode');
    expect(fieldForIssue('legId')).toBe('legId');
  });
});
