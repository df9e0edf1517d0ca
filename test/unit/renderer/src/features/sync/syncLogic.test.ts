// The Sync page's pure logic: report lines per device and person, review values in words, the configure input.
import { describe, expect, it } from 'vitest';
import type { SyncReport } from '../../../../../../shared/contract';
import {
  attentionLines,
  checkDraft,
  configureInput,
  deviceLabel,
  draftFrom,
  fieldWords,
  formatInstant,
  syncIssueErrors,
  reportLines,
  reviewValue,
} from '../../../../../../renderer/src/features/sync/syncLogic';

const report = (received: SyncReport['received']): SyncReport => ({
  startedAt: '2026-11-22T01:00:00.000Z',
  finishedAt: '2026-11-22T01:00:02.000Z',
  sent: 1,
  received,
  problems: [],
  toReview: 0,
});

describe('reportLines', () => {
  it('names the person when known, most changes first, and leaves out devices that sent nothing', () => {
    const lines = reportLines(
      report([
        { deviceId: 'dev-bob-0001', memberName: 'Bob Lee', changes: 3 },
        { deviceId: 'dev-alice-01', memberName: 'Alice Chan', changes: 12 },
        { deviceId: 'dev-quiet-01', memberName: 'Carol', changes: 0 },
      ]),
    );
    expect(lines.map((l) => [l.label, l.changes])).toEqual([
      [{ kind: 'person', name: 'Alice Chan' }, 12],
      [{ kind: 'person', name: 'Bob Lee' }, 3],
    ]);
  });

  it('counts a device reached through folder and server once, keeping the name either gave', () => {
    const lines = reportLines(
      report([
        { deviceId: 'abcdef0123456789', changes: 2 },
        { deviceId: 'abcdef0123456789', memberName: 'Alice Chan', changes: 5 },
      ]),
    );
    expect(lines).toEqual([{ deviceId: 'abcdef0123456789', label: { kind: 'person', name: 'Alice Chan' }, changes: 7 }]);
  });

  it('shortens an unknown device id', () => {
    expect(deviceLabel('abcdef0123456789')).toEqual({ kind: 'device', name: 'abcdef01…' });
    expect(deviceLabel('short')).toEqual({ kind: 'device', name: 'short' });
    expect(deviceLabel('x', '  ')).toEqual({ kind: 'device', name: 'x' });
  });
});

describe('reviewValue', () => {
  it('says empty, yes and no in words, and formats numbers for the locale', () => {
    expect(reviewValue(undefined, 'en')).toEqual({ kind: 'empty' });
    expect(reviewValue('', 'en')).toEqual({ kind: 'empty' });
    expect(reviewValue([], 'en')).toEqual({ kind: 'empty' });
    expect(reviewValue(true, 'en')).toEqual({ kind: 'yes' });
    expect(reviewValue(false, 'zh-Hant')).toEqual({ kind: 'no' });
    expect(reviewValue(25000000, 'en')).toEqual({ kind: 'text', text: '25,000,000' });
  });

  it('shows bilingual names in the reader’s language first', () => {
    const name = { en: 'Alice Chan', zhHant: '陳愛麗' };
    expect(reviewValue(name, 'en')).toEqual({ kind: 'text', text: 'Alice Chan / 陳愛麗' });
    expect(reviewValue(name, 'zh-Hant')).toEqual({ kind: 'text', text: '陳愛麗 / Alice Chan' });
    expect(reviewValue({ en: '', zhHant: '' }, 'en')).toEqual({ kind: 'empty' });
  });

  it('joins lists and flattens other objects', () => {
    expect(reviewValue(['a', 'b'], 'en')).toEqual({ kind: 'text', text: 'a, b' });
    expect(reviewValue({ city: 'Hangzhou', note: null }, 'en')).toEqual({ kind: 'text', text: 'city: Hangzhou' });
  });
});

describe('fieldWords and formatInstant', () => {
  it('spells field names as words', () => {
    expect(fieldWords('startDate')).toBe('start date');
    expect(fieldWords('name.zhHant')).toBe('name (zhHant)');
  });
  it('formats an instant for each language and leaves nonsense as it is', () => {
    const instant = '2026-11-22T01:41:00.000Z';
    expect(formatInstant('en', instant)).toMatch(/2026/);
    expect(formatInstant('zh-Hant', instant)).toMatch(/2026年/);
    expect(formatInstant('en', 'not a date')).toBe('not a date');
  });
});

describe('the settings draft', () => {
  it('starts from the status without any secret', () => {
    const draft = draftFrom({ deviceId: 'd', folder: '/share', server: { url: 'http://h:5984', database: 'team', username: 'u', hasPassword: true }, encrypted: true, devices: [], toReview: 0 });
    expect(draft).toMatchObject({ folder: '/share', useServer: true, url: 'http://h:5984', database: 'team', username: 'u', password: '', passphrase: '' });
  });

  it('sends secrets only when typed or removed, and null for places given up', () => {
    const base = draftFrom(undefined);
    expect(configureInput({ ...base, folder: '  /share  ' })).toEqual({ folder: '/share', server: null, password: null });
    const server = { ...base, useServer: true, url: 'http://h:5984 ', database: 'team', username: '' };
    expect(configureInput(server)).toEqual({ folder: null, server: { url: 'http://h:5984', database: 'team' } });
    expect(configureInput({ ...server, password: 'pw' })).toMatchObject({ password: 'pw' });
    expect(configureInput({ ...server, removePassword: true })).toMatchObject({ password: null });
    expect(configureInput({ ...base, passphrase: 'long enough' })).toMatchObject({ passphrase: 'long enough' });
    expect(configureInput({ ...base, removePassphrase: true })).toMatchObject({ passphrase: null });
    expect(configureInput(base)).not.toHaveProperty('passphrase');
  });

  it('checks the server fields and the passphrase length before sending', () => {
    const base = draftFrom(undefined);
    expect(checkDraft({ ...base, useServer: true })).toEqual({ url: 'urlRequired', database: 'databaseRequired' });
    expect(checkDraft({ ...base, useServer: true, url: 'couch', database: 'Team' })).toEqual({ url: 'urlInvalid', database: 'databaseInvalid' });
    expect(checkDraft({ ...base, passphrase: 'short' })).toEqual({ passphrase: 'passphraseShort' });
    expect(checkDraft({ ...base, folder: '/x' })).toEqual({});
  });

  it('puts the backend’s issues beside the fields they name', () => {
    const errors = syncIssueErrors({ issues: [{ path: ['server', 'database'], message: 'bad name' }, { path: ['passphrase'], message: 'too short' }, { path: [], message: 'odd' }] });
    expect(errors).toEqual({ database: 'bad name', passphrase: 'too short', form: 'odd' });
    expect(syncIssueErrors(undefined)).toEqual({});
  });
});

describe('attention lines', () => {
  it('lists stopped laptops first, longest waiting first, then held-back records, named by person where chosen', () => {
    const lines = attentionLines([
      { deviceId: 'dev-recent-0001', seq: 2, waiting: { seq: 3, reason: 'damaged', since: '2026-11-22T02:00:00.000Z' } },
      { deviceId: 'dev-mei', memberName: 'Mei Chan', seq: 0, waiting: { seq: 1, reason: 'missing', since: '2026-11-21T02:00:00.000Z' } },
      { deviceId: 'dev-bob', memberName: 'Bob Lee', seq: 4, heldBack: [{ reason: 'incomplete', records: 1 }, { reason: 'trip-missing', records: 3 }] },
      { deviceId: 'dev-fine', seq: 9 },
    ]);
    expect(lines.map((l) => [l.kind, l.label.name, l.reason])).toEqual([
      ['waiting', 'Mei Chan', 'missing'],
      ['waiting', 'dev-rece…', 'damaged'],
      ['held', 'Bob Lee', 'trip-missing'],
      ['held', 'Bob Lee', 'incomplete'],
    ]);
    expect(lines[0]).toMatchObject({ seq: 1, since: '2026-11-21T02:00:00.000Z' });
    expect(attentionLines([{ deviceId: 'dev-fine', seq: 9 }])).toEqual([]);
  });
});
