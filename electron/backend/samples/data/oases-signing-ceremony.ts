// Sample trip: the OASES partnership signing ceremony with 17 strategic enterprises in Hong Kong (one day; date illustrative).
import type { SampleTrip } from '../types';
import { HK, oases, peterYan, phone, ridePlace } from './common';

// The article gives no date (one press report says "Monday afternoon"): this Monday is illustrative, as the purpose says.
const DAY = '2024-12-09';
const venue = {
  venue: { en: 'Central Government Offices, Tamar', zh: '添馬政府總部' },
  address: { en: '2 Tim Mei Avenue, Tamar, Admiralty, Hong Kong', zh: '香港金鐘添馬添美道2號' },
};
// The OASES office as a ride's end: by name only, as its drivers know it (the car and rides are illustrative).
const office = { name: { en: 'OASES office', zh: '引進重點企業辦公室' }, address: { en: '', zh: '' } };
const signatories = ['iflytek', 'xunfei', 'baidu', 'chinaYear', 'beyonca', 'pudu', 'horizon', 'digitalDomain', 'prophesee'];

export const oasesSigningCeremony: SampleTrip = {
  key: 'oases-signing-ceremony',
  title: 'OASES partnership signing ceremony with 17 strategic enterprises',
  summary:
    'One day in Hong Kong: OASES signs with 17 strategic enterprises (iFLYTEK, Baidu AI Cloud, Pudu, Horizon Robotics, Digital ' +
    'Domain, Prophesee…); the Financial Secretary speaks. Date illustrative.',
  purpose:
    'Sign agreements with 17 strategic enterprises setting up headquarters or new offices in Hong Kong or expanding here ' +
    '(15 from the Mainland, plus Digital Domain of the US and Prophesee of France); the Financial Secretary, Mr Paul Chan, ' +
    'speaks. Date illustrative: the source article gives no date, so the date, times and venue here are made up for the sample. ' +
    'Only the eight signatories the article names are listed. The car, its driver and plate, and the rides are illustrative too.',
  organisingBody: 'Office for Attracting Strategic Enterprises (OASES)',
  status: 'completed',
  startDate: DAY,
  endDate: DAY,
  homeTimeZone: HK,
  legs: [{ city: 'Hong Kong', country: 'China (Hong Kong SAR)', timeZone: HK, startDate: DAY, endDate: DAY }],
  members: [peterYan],
  organisations: [
    oases,
    {
      key: 'fso',
      name: { en: 'Financial Secretary’s Office', zhHant: '財政司司長辦公室', zhHans: '财政司司长办公室' },
      kind: 'government',
      sector: 'Government',
      city: 'Hong Kong',
      website: '',
    },
    { key: 'iflytek', name: { en: 'iFLYTEK', zhHant: '科大訊飛', zhHans: '科大讯飞' }, kind: 'company', sector: 'Artificial intelligence', city: 'Hefei', website: 'https://www.iflytek.com' },
    { key: 'xunfei', name: { en: 'Xunfei Healthcare', zhHant: '訊飛醫療', zhHans: '讯飞医疗' }, kind: 'company', sector: 'Healthcare AI', city: 'Hefei', website: '' },
    { key: 'baidu', name: { en: 'Baidu AI Cloud', zhHant: '百度智能雲', zhHans: '百度智能云' }, kind: 'company', sector: 'Artificial intelligence and cloud', city: 'Beijing', website: 'https://cloud.baidu.com' },
    { key: 'chinaYear', name: { en: 'China Year' }, kind: 'company', sector: 'Animation', city: '', website: '' },
    { key: 'beyonca', name: { en: 'BeyonCa' }, kind: 'company', sector: 'New energy vehicles', city: '', website: '' },
    { key: 'pudu', name: { en: 'Pudu Robotics', zhHant: '普渡科技', zhHans: '普渡科技' }, kind: 'company', sector: 'Service robotics', city: 'Shenzhen', website: '' },
    { key: 'horizon', name: { en: 'Horizon Robotics', zhHant: '地平線', zhHans: '地平线' }, kind: 'company', sector: 'Robotics and autonomous-driving chips', city: 'Beijing', website: '' },
    { key: 'digitalDomain', name: { en: 'Digital Domain', zhHant: '數字王國', zhHans: '数字王国' }, kind: 'company', sector: 'Visual effects and digital humans', city: 'Los Angeles', website: '' },
    { key: 'prophesee', name: { en: 'Prophesee' }, kind: 'company', sector: 'Event-based vision sensors', city: 'Paris', website: '' },
    // From the Hong Kong–Shenzhen Futian briefing article: pipeline companies OASES follows up alongside the signatories.
    { key: 'xtalpi', name: { en: 'XtalPi', zhHant: '晶泰科技', zhHans: '晶泰科技' }, kind: 'company', sector: 'AI drug discovery', city: 'Shenzhen', website: '' },
    { key: 'cmer', name: { en: 'C-MER Eye Care', zhHant: '希瑪眼科', zhHans: '希玛眼科' }, kind: 'company', sector: 'Eye care', city: 'Hong Kong', website: '' },
    { key: 'ha', name: { en: 'Hospital Authority', zhHant: '醫院管理局', zhHans: '医院管理局' }, kind: 'government', sector: 'Public healthcare', city: 'Hong Kong', website: 'https://www.ha.org.hk' },
  ],
  contacts: [
    { key: 'paulChan', name: { en: 'Paul Chan', zhHant: '陳茂波', zhHans: '陈茂波' }, title: 'Financial Secretary', organisation: 'fso' },
    { key: 'taoXiaodong', name: { en: 'Tao Xiaodong', zhHant: '陶曉東', zhHans: '陶晓东' }, title: 'CEO, Xunfei Healthcare', organisation: 'xunfei' },
    { key: 'ronaldTam', name: { en: 'Ronald Tam' }, title: 'Chief Financial Officer', organisation: 'xtalpi' },
  ],
  events: [
    {
      key: 'runThrough',
      kind: 'internal',
      title: 'Run-through with the protocol team',
      start: `${DAY}T10:00`,
      end: `${DAY}T11:00`,
      timeZone: HK,
      ...venue,
      members: ['peterYan'],
      organisations: ['oases'],
      description: 'Seating plan for 17 signatories, order of signing, Financial Secretary’s arrival 14:25.',
    },
    {
      key: 'registration',
      kind: 'internal',
      title: 'Signatories arrive and register',
      start: `${DAY}T13:45`,
      end: `${DAY}T14:25`,
      timeZone: HK,
      ...venue,
      members: ['peterYan'],
      organisations: ['oases'],
    },
    {
      key: 'ceremony',
      kind: 'signing',
      title: 'OASES partnership signing ceremony',
      start: `${DAY}T14:30`,
      end: `${DAY}T16:00`,
      timeZone: HK,
      ...venue,
      members: ['peterYan'],
      contacts: ['paulChan', 'taoXiaodong'],
      organisations: ['oases', 'fso', ...signatories],
      description:
        'Speech by the Financial Secretary: since OASES was set up in 2022, 67 strategic enterprises have set up or expanded in ' +
        'Hong Kong, expected to invest about HK$42 billion and create about 17,000 jobs.',
    },
    {
      key: 'media',
      kind: 'press',
      title: 'Media stand-up',
      start: `${DAY}T16:00`,
      end: `${DAY}T16:30`,
      timeZone: HK,
      ...venue,
      members: ['peterYan'],
      contacts: ['taoXiaodong'],
      organisations: ['oases', 'xunfei'],
    },
    {
      key: 'xunfeiMeeting',
      kind: 'meeting',
      title: 'Meeting with Xunfei Healthcare: AI for Hong Kong’s medical sector',
      start: `${DAY}T16:45`,
      end: `${DAY}T17:45`,
      timeZone: HK,
      ...venue,
      members: ['peterYan'],
      contacts: ['taoXiaodong'],
      organisations: ['xunfei', 'iflytek'],
      description: 'AI to help doctors write medical records and recommend diagnostic plans; public and private sector partners.',
    },
  ],
  notes: [
    {
      event: 'ceremony',
      author: 'peterYan',
      body: [
        '## Signing ceremony — record',
        '',
        '- 17 enterprises: 15 from the Mainland (incl. iFLYTEK, Baidu AI Cloud, China Year, BeyonCa, Pudu Robotics, Horizon',
        '  Robotics), Digital Domain (US) and Prophesee (France).',
        '- Financial Secretary: 67 strategic enterprises since 2022; about **HK$42 billion** of investment and **17,000** jobs expected.',
        '- iFLYTEK to set up a headquarters in Hong Kong; HK$4 million over five years as reported (confirm the figure).',
      ].join('\n'),
    },
    {
      event: 'xunfeiMeeting',
      author: 'peterYan',
      body: [
        '## 與訊飛醫療會面',
        '',
        '- 以人工智能協助醫生撰寫病歷及建議診斷方案',
        '- 希望與香港公私營醫療界別合作，並以香港為國際化平台',
        '- 跟進：介紹醫院管理局相關部門；了解科學技術研發團隊落戶需要',
      ].join('\n'),
    },
  ],
  followUps: [
    {
      title: 'Support iFLYTEK’s Hong Kong headquarters set-up',
      owner: 'peterYan',
      dueDate: '2025-03-31',
      status: 'in-progress',
      priority: 'high',
      organisation: 'iflytek',
      event: 'ceremony',
      outcome: { investmentHkd: 4_000_000 },
      details:
        'Investment over five years as the article reports it (HK$4 million). Other reports of iFLYTEK’s Hong Kong landing cite a ' +
        'much larger sum: confirm with the company before quoting.',
    },
    {
      title: 'Introduce Xunfei Healthcare to the Hospital Authority',
      owner: 'peterYan',
      dueDate: '2025-01-31',
      status: 'waiting',
      organisation: 'ha',
      event: 'xunfeiMeeting',
      details: 'AI-assisted medical records and diagnostic recommendations; waiting for the Authority’s nominated contact.',
    },
    {
      title: 'Landing-plan milestones for each of the 17 signatories',
      owner: 'peterYan',
      dueDate: '2025-01-17',
      status: 'open',
      event: 'ceremony',
    },
    {
      title: 'XtalPi: support the AI dry lab in Hong Kong and staff relocation',
      owner: 'peterYan',
      dueDate: '2025-02-28',
      status: 'in-progress',
      organisation: 'xtalpi',
      outcome: { jobs: 10 },
      details: 'CFO Ronald Tam hopes 10 to 30 colleagues relocate to Hong Kong; jobs recorded at the low end.',
    },
    {
      title: 'C-MER Eye Care: cross-border collaboration and investment plans',
      owner: 'peterYan',
      dueDate: '2025-03-14',
      status: 'open',
      priority: 'low',
      organisation: 'cmer',
    },
  ],
  logistics: {
    // A one-day trip at home: no flights and no hotel, one car for the Director-General.
    stays: [],
    vehicles: [
      {
        key: 'car',
        label: 'Director-General’s car',
        type: 'sedan',
        seats: 3,
        plate: 'AM 6152',
        provider: 'Government car pool',
        driver: { name: { en: 'Wong Chi-ming', zh: '黃志明' }, phone: phone.hk(101) },
      },
    ],
    rides: [
      { vehicle: 'car', pickUp: `${DAY}T09:35`, timeZone: HK, from: office, event: 'runThrough', members: ['peterYan'] },
      { vehicle: 'car', pickUp: `${DAY}T18:00`, timeZone: HK, from: ridePlace(venue), to: office, members: ['peterYan'] },
    ],
  },
};
