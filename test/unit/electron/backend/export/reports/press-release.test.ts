// Every sample trip's press-release draft, in English and Traditional Chinese, read the way an editor would: names keep
// their capitals mid-sentence ("Beijing Hong Kong Digital …", not "beijing Hong Kong Digital …"), and every count
// agrees with what it counts ("met one enterprise, A", never "met one enterprise, including A"; 兩項, not 二項).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Trip } from '../../../../../../shared/model';
import { midSentence } from '../../../../../../electron/backend/export/reports/press-words';
import { openTestBackend, type TestBackend } from '../../backend-fixture';

let t: TestBackend;
let trips: Trip[];
const drafts = new Map<string, { en: string; zh: string }>();

const draft = async (tripId: string) => ({
  en: (await t.call('export.pressRelease', { tripId, language: 'en' })).text,
  zh: (await t.call('export.pressRelease', { tripId, language: 'zh-Hant' })).text,
});

beforeAll(async () => {
  t = await openTestBackend();
  trips = (await t.call('samples.load', {})).loaded;
  for (const trip of trips) drafts.set(trip.sampleKey!, await draft(trip.id));
}, 60_000);

afterAll(async () => {
  await t.close();
});

describe('every sample trip’s press-release draft', () => {
  it('covers the four samples in both languages', () => {
    expect([...drafts.keys()].sort()).toEqual(['cyberport-beijing-symposium-2024', 'hkstp-beijing-2025', 'oases-hangzhou-shanghai-2025', 'oases-signing-ceremony']);
  });

  it('keeps the capitals of names that open an event or MoU title', async () => {
    for (const trip of trips) {
      const { en } = drafts.get(trip.sampleKey!)!;
      // A word with a capital after a lower-cased first letter ("moU") is a name the draft has broken; iFLYTEK is the
      // one name in the samples that is written that way.
      const broken = [...en.matchAll(/\b(?!iFLYTEK)[a-z]+[A-Z][\w’]*/g)].map((m) => m[0]);
      expect(broken, trip.sampleKey).toEqual([]);
      // A title whose second word is capitalised opens with a name: it is never shown with its first letter lowered.
      const { events } = await t.call('trips.get', { id: trip.id });
      for (const { title } of events.filter((e) => /^[A-Z]\S* [A-Z]/.test(e.title))) {
        expect(en, `${trip.sampleKey}: ${title}`).not.toContain(title[0]!.toLowerCase() + title.slice(1));
      }
    }
    const cyberport = drafts.get('cyberport-beijing-symposium-2024')!.en;
    expect(cyberport).toContain('Beijing Hong Kong Digital Economy Innovation Development Thematic Event');
    expect(cyberport).toContain('Xicheng District “Professional Services” Specialized Promotion Activity');
    expect(cyberport).toContain('was signed during the visit: the MoU to promote exchanges');
    // Plain phrases still read mid-sentence.
    expect(drafts.get('oases-hangzhou-shanghai-2025')!.en).toContain('The programme included roundtable with leading AI');
  });

  it('counts agree with what they count, in English', () => {
    for (const [key, { en }] of drafts) {
      expect(en, key).not.toMatch(/\bone enterprise, including\b/);
      expect(en, key).not.toMatch(/\b(1|one) (enterprises|engagements|Memoranda)\b/);
      expect(en, key).not.toMatch(/\b([2-9]|two|three|four|five|six|seven|eight|nine|\d\d+) (enterprise|engagement|Memorandum)\b/);
      // Releases spell out numbers under ten.
      expect(en, key).not.toMatch(/\b[1-9] (enterprises|engagements|Memoranda)\b/);
    }
    expect(drafts.get('cyberport-beijing-symposium-2024')!.en).toContain('[Mr/Ms] Chan met one enterprise, Dark Horse Technology Group Co., Ltd.');
    expect(drafts.get('oases-signing-ceremony')!.en).toContain('[Mr/Ms] Yan met nine enterprises, including iFLYTEK,');
    expect(drafts.get('oases-signing-ceremony')!.en).toContain('The enterprises concerned are expected to invest about HK$4,000,000 in Hong Kong and create about 10 jobs.');
    expect(drafts.get('hkstp-beijing-2025')!.en).toContain('among seven engagements.');
  });

  it('counts agree with what they count, in Chinese', () => {
    for (const [key, { zh }] of drafts) {
      // 兩 counts two things; 二 is the digit. Small counts are written in Chinese numerals, not Arabic digits.
      expect(zh, key).not.toMatch(/二[項家份]/);
      expect(zh, key).not.toMatch(/[與共][0-9]{1,2}[項家份]|包括[0-9]{1,2}項/);
      expect(zh, key).not.toMatch(/一家企業會面，包括/);
    }
    expect(drafts.get('cyberport-beijing-symposium-2024')!.zh).toContain('陳細明與一家企業（創業黑馬）會面。');
    expect(drafts.get('oases-signing-ceremony')!.zh).toContain('任景信與九家企業會面，包括科大訊飛');
    expect(drafts.get('oases-signing-ceremony')!.zh).toContain('行程包括兩項會議及參觀活動');
  });

  it('says “the enterprise concerned is” when the figures come from one enterprise', async () => {
    const signing = trips.find((trip) => trip.sampleKey === 'oases-signing-ceremony')!;
    const { followUps } = await t.call('trips.get', { id: signing.id });
    const jobs = followUps.find((f) => f.outcome.jobs)!;
    await t.call('followups.update', { id: jobs.id, tripId: signing.id, patch: { outcome: {} } });
    const { en } = await draft(signing.id);
    expect(en).toContain('The enterprise concerned is expected to invest about HK$4,000,000 in Hong Kong.');
  });
});

describe('midSentence', () => {
  it('lowers a plain phrase and leaves names alone', () => {
    expect(midSentence('Roundtable with AI firms')).toBe('roundtable with AI firms');
    expect(midSentence('Lunch')).toBe('lunch');
    expect(midSentence('MoU to promote exchanges')).toBe('MoU to promote exchanges');
    expect(midSentence('Beijing Hong Kong Digital Economy')).toBe('Beijing Hong Kong Digital Economy');
    expect(midSentence('Xicheng District promotion')).toBe('Xicheng District promotion');
    expect(midSentence('AI visit')).toBe('AI visit');
    expect(midSentence('iFLYTEK visit')).toBe('iFLYTEK visit');
    expect(midSentence('Hangzhou city tour', new Set(['hangzhou']))).toBe('Hangzhou city tour');
  });
});

describe('the press-release draft as a file', () => {
  it('keeps the text as the person edited it, as UTF-8, Chinese and long texts included, under the draft’s name', async () => {
    const tripId = trips[0]!.id;
    const original = await t.call('export.pressRelease', { tripId, language: 'zh-Hant' });
    const text = '任景信今日（五月十六日）結束杭州及上海的訪問。\n'.repeat(3000);
    const edited = await t.call('export.pressRelease', { tripId, language: 'zh-Hant', text });
    expect(edited.file.fileName).toBe(original.file.fileName);
    expect(edited.file.mime).toBe('text/plain; charset=utf-8');
    expect(t.bytesOf(edited.file).toString('utf8')).toBe(text);
    expect(t.bytesOf(original.file).toString('utf8')).toBe(original.text);
  });
});
