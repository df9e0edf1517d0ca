// The 简体 pass of the documents (electron/backend/export/simplified.ts): OpenCC is loaded only when a Simplified
// document is asked for, and once; our labels get the mainland words the UI gets, a user's text characters only.
import { expect, it, vi } from 'vitest';
import { itineraryLabels } from '../../../../../electron/backend/export/itinerary-labels';
import { labelsFor } from '../../../../../electron/backend/export/reports/labels';
import { finishingPass, mapStrings, toSimplified } from '../../../../../electron/backend/export/simplified';

const loads = vi.hoisted(() => ({ count: 0 }));
vi.mock('opencc-js/t2cn', async (original) => {
  loads.count += 1;
  return original();
});

it('loads OpenCC only for a 简体 document, and only once', async () => {
  expect((await finishingPass('en'))('說明')).toBe('說明');
  expect((await finishingPass('zh-Hant'))('說明')).toBe('說明');
  expect(loads.count).toBe(0);
  expect(() => toSimplified('說明')).toThrow(/not loaded/);
  const pass = await finishingPass('zh-Hans');
  expect(pass('會後須跟進：寄出簡報檔案。')).toBe('会后须跟进：寄出简报档案。'); // a user's 檔案 may be an archive: kept
  await finishingPass('zh-Hans');
  expect(loads.count).toBe(1);
});

it('gives the labels mainland words, and maps every string of a content object', async () => {
  await finishingPass('zh-Hans');
  expect(itineraryLabels('zh-Hans').email).toBe('电子邮件');
  expect(itineraryLabels('zh-Hans').title).toBe('职务');
  expect(labelsFor('zh-Hans').due).toBe('截止日期');
  expect(labelsFor('zh-Hans').briefingPack).toBe('会议简报');
  expect(labelsFor('zh-Hant').briefingPack).toBe('會議簡報');
  expect(mapStrings({ a: ['會議', 3], b: { c: '簡報' }, d: undefined }, toSimplified)).toEqual({ a: ['会议', 3], b: { c: '简报' }, d: undefined });
});
