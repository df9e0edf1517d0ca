// A plausible, deterministic history for the benchmarks, all from one seeded PRNG. Ten years (2015–2024) are 500 trips,
// 25,000 events, 15,000 notes of ~2 KB, 10,000 follow-ups, 5,000 organisations, 15,000 contacts and 120 members; other
// lengths scale trips and the directory with the years (the team stays 120), ending in 2024, so 1, 10 and 30 years
// can be compared row by row. The 10-year history is the same, record for record, as before years could be chosen.
import type { Mutation } from '../../electron/backend/store/types';

export const HISTORY_SIZE = { trips: 500, eventsPerTrip: 50, notesPerTrip: 30, followUpsPerTrip: 20, organisations: 5000, contacts: 15000, members: 120 };
const LAST_YEAR = 2024;

/** The sizes of a history of `years` years: HISTORY_SIZE is ten years' worth. */
export function historySize(years: number): typeof HISTORY_SIZE {
  const per = (tenYears: number) => Math.round((tenYears * years) / 10);
  return { ...HISTORY_SIZE, trips: per(HISTORY_SIZE.trips), organisations: per(HISTORY_SIZE.organisations), contacts: per(HISTORY_SIZE.contacts) };
}

/** mulberry32: small, fast and the same on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CITIES = [
  ['Beijing', 'China', 'Asia/Shanghai'], ['Shanghai', 'China', 'Asia/Shanghai'], ['Shenzhen', 'China', 'Asia/Shanghai'],
  ['Chengdu', 'China', 'Asia/Shanghai'], ['Riyadh', 'Saudi Arabia', 'Asia/Riyadh'], ['Dubai', 'United Arab Emirates', 'Asia/Dubai'],
  ['Singapore', 'Singapore', 'Asia/Singapore'], ['Tokyo', 'Japan', 'Asia/Tokyo'], ['Seoul', 'South Korea', 'Asia/Seoul'],
  ['Bangkok', 'Thailand', 'Asia/Bangkok'], ['Jakarta', 'Indonesia', 'Asia/Jakarta'], ['Kuala Lumpur', 'Malaysia', 'Asia/Kuala_Lumpur'],
  ['Hanoi', 'Vietnam', 'Asia/Ho_Chi_Minh'], ['London', 'United Kingdom', 'Europe/London'], ['Paris', 'France', 'Europe/Paris'],
  ['Berlin', 'Germany', 'Europe/Berlin'], ['Milan', 'Italy', 'Europe/Rome'], ['Istanbul', 'Türkiye', 'Europe/Istanbul'],
  ['Sydney', 'Australia', 'Australia/Sydney'], ['Vancouver', 'Canada', 'America/Vancouver'], ['New York', 'United States', 'America/New_York'],
] as const;
const SECTORS = ['Fintech', 'Logistics', 'Biotech', 'Green Energy', 'Semiconductors', 'Aviation', 'Education', 'Healthcare', 'Retail', 'Infrastructure', 'Tourism', 'Creative Industries'];
const ORG_SUFFIX = ['Holdings', 'Group', 'Authority', 'University', 'Association', 'Corporation', 'Institute', 'Partners'];
const KINDS = ['company', 'government', 'university', 'association', 'other'] as const;
const EVENT_KINDS = ['meeting', 'seminar', 'signing', 'site-visit', 'travel', 'hotel', 'meal', 'press', 'internal'] as const;
const FIRST = ['Wing', 'Mei', 'Ahmed', 'Fatima', 'Hiroshi', 'Yuki', 'Minh', 'Siti', 'James', 'Sophie', 'Lukas', 'Giulia', 'Arjun', 'Chloe', 'Omar', 'Ka Yan'];
const LAST = ['Chan', 'Wong', 'Al-Saud', 'Tanaka', 'Nguyen', 'Smith', 'Müller', 'Rossi', 'Lee', 'Kim', 'Haddad', 'Lau', 'Cheung', 'Patel'];
const WORDS = (
  'delegation minister secretary bureau agreement memorandum investment cooperation greater bay area innovation ' +
  'technology trade logistics port airport talent scheme follow up proposal pilot zone visa facilitation ' +
  'green finance bond listing connectivity cultural exchange university research partnership signing ceremony ' +
  'the a of to and in for on with our their next steps agreed discussed noted requested timeline budget'
).split(' ');
const ZH = '香港特別行政區政府經濟貿易辦事處合作投資創新科技大灣區金融物流航運人才文化交流大學研究夥伴';
/** Meeting-note sentences in Chinese (mostly Traditional, some Simplified), added to one note in four. */
const ZH_NOTES = [
  '與香港科學技術園公司代表會面，討論在港設立研發中心。',
  '對方表示有意於明年第一季在數碼港設立亞太區總部。',
  '雙方同意簽署合作備忘錄，推動大灣區創新科技合作。',
  '投資推廣署將跟進簽證及人才計劃的查詢。',
  '經濟貿易辦事處會協助安排與金融管理局的會面。',
  '该公司计划在香港上市，并扩大在东南亚的业务。',
  '部长询问了香港国际仲裁中心的服务及收费。',
  '局長介紹了北部都會區的發展計劃及土地供應。',
];

export interface TripBatch {
  tripId: string;
  mutations: Mutation[];
}

export interface History {
  directory: Mutation[][];
  trips: TripBatch[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateHistory(seed = 20150101, years = 10): History {
  const rand = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
  const zh = (n: number) => Array.from({ length: n }, () => ZH[int(0, ZH.length - 1)]).join('');
  const text = (chars: number) => {
    const out: string[] = [];
    let length = 0;
    while (length < chars) {
      const w = pick(WORDS);
      out.push(w);
      length += w.length + 1;
    }
    return out.join(' ');
  };
  const S = historySize(years);
  const perYear = S.trips / years;

  const members: Mutation[] = Array.from({ length: S.members }, (_, i) => ({
    collection: 'members',
    id: `mem-${pad(i, 4)}`,
    fields: { name: { en: `${pick(FIRST)} ${pick(LAST)}`, zhHant: zh(3), zhHans: zh(3) }, title: pick(['Director', 'Deputy Secretary', 'Officer', 'Adviser']), rank: int(1, 200) },
  }));
  const organisations: Mutation[] = Array.from({ length: S.organisations }, (_, i) => ({
    collection: 'organisations',
    id: `org-${pad(i, 5)}`,
    fields: {
      name: { en: `${pick(CITIES)[0]} ${pick(SECTORS)} ${pick(ORG_SUFFIX)}`, zhHant: zh(6), zhHans: zh(6) },
      kind: pick(KINDS),
      sector: pick(SECTORS),
      city: pick(CITIES)[0],
      website: `https://www.example-${i}.org`,
    },
  }));
  const contacts: Mutation[] = Array.from({ length: S.contacts }, (_, i) => ({
    collection: 'contacts',
    id: `con-${pad(i, 5)}`,
    fields: {
      name: { en: `${pick(FIRST)} ${pick(LAST)}`, zhHant: zh(3), zhHans: '' },
      title: pick(['Chairman', 'CEO', 'Director-General', 'Vice President', 'Head of International Affairs']),
      organisationId: `org-${pad(int(0, S.organisations - 1), 5)}`,
      email: `contact${i}@example.org`,
      phone: `+852 ${int(2000, 9999)} ${int(1000, 9999)}`,
    },
  }));
  const chunk = (items: Mutation[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

  const trips: TripBatch[] = [];
  for (let t = 0; t < S.trips; t++) {
    const year = LAST_YEAR - years + 1 + Math.floor(t / perYear);
    const tripId = `trip-${year}-${pad(t % perYear, 2)}`;
    const start = Date.UTC(year, int(0, 11), int(1, 24));
    const days = int(3, 8);
    const legCount = int(1, 3);
    const legs = Array.from({ length: legCount }, (_, l) => {
      const [city, country, timeZone] = pick(CITIES);
      const from = start + Math.floor((l * days) / legCount) * 86_400_000;
      const to = start + (Math.floor(((l + 1) * days) / legCount) - (l + 1 < legCount ? 1 : 0)) * 86_400_000;
      return { id: `${tripId}-leg${l}`, city, country, timeZone, startDate: isoDate(from), endDate: isoDate(Math.max(from, to)) };
    });
    const end = start + days * 86_400_000;
    const mutations: Mutation[] = [
      {
        collection: 'trips',
        id: tripId,
        fields: {
          title: `${pick(SECTORS)} mission to ${legs.map((l) => l.city).join(', ')}`,
          purpose: text(300),
          organisingBody: 'Trade and Industry Bureau',
          status: 'completed',
          startDate: isoDate(start),
          endDate: isoDate(end),
          legs,
          memberIds: Array.from({ length: int(4, 10) }, () => `mem-${pad(int(0, S.members - 1), 4)}`),
        },
      },
    ];
    const eventIds: string[] = [];
    for (let e = 0; e < S.eventsPerTrip; e++) {
      const id = `${tripId}-ev${pad(e, 2)}`;
      eventIds.push(id);
      const leg = legs[Math.min(legCount - 1, Math.floor((e / S.eventsPerTrip) * legCount))]!;
      const begin = start + Math.floor((e / S.eventsPerTrip) * days) * 86_400_000 + int(1, 12) * 3_600_000;
      mutations.push({
        collection: 'events',
        id,
        tripId,
        fields: {
          tripId,
          kind: pick(EVENT_KINDS),
          title: `Meeting with ${pick(CITIES)[0]} ${pick(SECTORS)} ${pick(ORG_SUFFIX)}`,
          start: new Date(begin).toISOString(),
          end: new Date(begin + int(1, 3) * 1_800_000).toISOString(),
          timeZone: leg.timeZone,
          venue: { en: `${leg.city} Convention Centre, Hall ${int(1, 9)}`, zh: zh(8) },
          organisationIds: [`org-${pad(int(0, S.organisations - 1), 5)}`],
          contactIds: [`con-${pad(int(0, S.contacts - 1), 5)}`],
          status: 'confirmed',
          description: text(200),
        },
      });
    }
    for (let n = 0; n < S.notesPerTrip; n++) {
      // Chosen by position, not by the generator, so the rest of the history stays as it was.
      const k = t * S.notesPerTrip + n;
      const chinese = k % 4 === 0 ? `\n\n${ZH_NOTES[(k / 4) % ZH_NOTES.length]}${ZH_NOTES[(k / 4 + 3) % ZH_NOTES.length]}` : '';
      mutations.push({ collection: 'notes', id: `${tripId}-note${pad(n, 2)}`, tripId, fields: { tripId, eventId: pick(eventIds), body: text(2000) + chinese } });
    }
    for (let f = 0; f < S.followUpsPerTrip; f++) {
      mutations.push({
        collection: 'followups',
        id: `${tripId}-fu${pad(f, 2)}`,
        tripId,
        fields: {
          tripId,
          title: `Send ${pick(['MoU draft', 'investment brief', 'visa guidance', 'site plan', 'thank-you letter'])} to ${pick(LAST)}`,
          ownerId: `mem-${pad(int(0, S.members - 1), 4)}`,
          dueDate: isoDate(end + int(7, 90) * 86_400_000),
          status: pick(['open', 'in-progress', 'waiting', 'done', 'dropped'] as const),
          priority: pick(['low', 'normal', 'high'] as const),
          organisationId: `org-${pad(int(0, S.organisations - 1), 5)}`,
          eventId: pick(eventIds),
          outcome: rand() < 0.2 ? { mou: { title: 'Memorandum of understanding', parties: ['HKSAR', pick(CITIES)[0]] }, investmentHkd: int(1, 500) * 1e6 } : {},
          details: text(150),
        },
      });
    }
    trips.push({ tripId, mutations });
  }
  return { directory: [members, ...chunk(organisations, 1000), ...chunk(contacts, 1000)], trips };
}
