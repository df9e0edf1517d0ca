// Sample trip: Cyberport at the 27th Beijing–Hong Kong Economic Cooperation Symposium, 20–21 Sep 2024 (Cyberport press release).
import type { SampleTrip } from '../types';
import { CN, HK, investHk, places } from './common';
import { cyberportLogistics, flightHome, flightIn } from './logistics/cyberport-beijing-symposium-2024';

const hotel = {
  venue: { en: 'The Ritz-Carlton, Beijing Financial Street', zh: '北京金融街丽思卡尔顿酒店' },
  address: { en: '1 Jinchengfang East Street, Xicheng District, Beijing', zh: '北京市西城区金城坊东街1号' },
};
const symposium = { venue: { en: '27th Beijing–Hong Kong Economic Cooperation Symposium (main venue)', zh: '第二十七届京港洽谈会主会场' } };
const both = ['simonChan', 'georginaChu'];
const mouTitle = 'MoU to promote exchanges and collaboration between business services and digital enterprises in Beijing and Hong Kong';

export const cyberportBeijingSymposium2024: SampleTrip = {
  key: 'cyberport-beijing-symposium-2024',
  title: 'Cyberport at the 27th Beijing–Hong Kong Economic Cooperation Symposium',
  summary:
    'Chairman Simon Chan and Georgina Chu in Beijing: an MoU with the Xicheng District Data Bureau and UBBS, the Beijing–Hong Kong ' +
    'AI Application Accelerator with Dark Horse, and the Zhongguancun Science City programme.',
  purpose:
    'Attend the 27th Beijing–Hong Kong Economic Cooperation Symposium and the Hong Kong Investment Promotion Conference ' +
    '(Beijing, 20–21 September 2024): sign an MoU on business services and digital enterprises, launch the Beijing–Hong Kong AI ' +
    'Application Accelerator, join the Zhongguancun Science City – Hong Kong Innovation Acceleration Programme launch and speak at ' +
    'thematic events. The delegation flies in the evening before; which thematic event fell on which day, the times and the hotel ' +
    'are illustrative, as are the logistics: flight numbers, seats, rooms, the car, its driver and plate, and the rides.',
  organisingBody: 'Hong Kong Cyberport Management Company Limited',
  status: 'completed',
  startDate: '2024-09-19',
  endDate: '2024-09-21',
  homeTimeZone: HK,
  legs: [{ city: 'Beijing', country: 'China', timeZone: CN, startDate: '2024-09-19', endDate: '2024-09-21' }],
  members: [
    { key: 'simonChan', name: { en: 'Simon Chan', zhHant: '陳細明', zhHans: '陈细明' }, title: 'Chairman', rank: 1, organisation: 'Cyberport' },
    { key: 'georginaChu', name: { en: 'Georgina Chu' }, title: 'Chief Corporate Development Officer', rank: 2, organisation: 'Cyberport' },
  ],
  organisations: [
    { key: 'cyberport', name: { en: 'Cyberport', zhHant: '數碼港', zhHans: '数码港' }, kind: 'company', sector: 'Digital technology and start-up incubation', city: 'Hong Kong', website: 'https://www.cyberport.hk' },
    { key: 'xicheng', name: { en: 'Beijing Xicheng District Data Bureau' }, kind: 'government', sector: 'Data and digital economy', city: 'Beijing', website: '' },
    { key: 'ubbs', name: { en: 'Union of Beijing Business Services (UBBS)' }, kind: 'association', sector: 'Business services', city: 'Beijing', website: '' },
    { key: 'darkHorse', name: { en: 'Dark Horse Technology Group Co., Ltd', zhHant: '創業黑馬', zhHans: '创业黑马' }, kind: 'company', sector: 'Innovation acceleration', city: 'Beijing', website: '' },
    {
      key: 'bjEit',
      name: { en: 'Beijing Municipal Bureau of Economy and Information Technology', zhHant: '北京市經濟和信息化局', zhHans: '北京市经济和信息化局' },
      kind: 'government',
      sector: 'Industry and information technology',
      city: 'Beijing',
      website: '',
    },
    {
      key: 'zgc',
      name: { en: 'Administrative Committee of Zhongguancun Science City', zhHant: '中關村科學城管理委員會', zhHans: '中关村科学城管理委员会' },
      kind: 'government',
      sector: 'Science city administration',
      city: 'Beijing',
      website: '',
    },
    {
      key: 'haidian',
      name: { en: 'Haidian District People’s Government of Beijing Municipality', zhHant: '北京市海淀區人民政府', zhHans: '北京市海淀区人民政府' },
      kind: 'government',
      sector: 'District government',
      city: 'Beijing',
      website: '',
    },
    {
      key: 'itib',
      name: { en: 'Innovation, Technology and Industry Bureau', zhHant: '創新科技及工業局', zhHans: '创新科技及工业局' },
      kind: 'government',
      sector: 'I&T policy',
      city: 'Hong Kong',
      website: 'https://www.itib.gov.hk',
    },
    investHk,
  ],
  contacts: [
    { key: 'yangQiu', name: { en: 'Yang Qiu' }, title: 'Vice Chairman, Beijing Xicheng District CPPCC; Director, Xicheng District Data Bureau', organisation: 'xicheng' },
    { key: 'caoLei', name: { en: 'Cao Lei' }, title: 'Executive Vice President and Secretary General, Beijing Business Service Industry Federation', organisation: 'ubbs' },
    { key: 'fengShasha', name: { en: 'Feng Shasha' }, title: 'Partner; General Manager of Intelligent Flow Cloud', organisation: 'darkHorse' },
    { key: 'suGuobin', name: { en: 'Su Guobin' }, title: 'Member of the Party Group and Deputy Director', organisation: 'bjEit' },
    { key: 'duanFeifei', name: { en: 'Duan Feifei' }, title: 'Member of the Party Working Committee; Deputy Director of the Management Committee, Chaoyang Park, Zhongguancun' },
    { key: 'tangChao', name: { en: 'Tang Chao' }, title: 'Deputy Director-General; Deputy District Mayor of Haidian', organisation: 'zgc' },
    { key: 'yueLi', name: { en: 'Yue Li' }, title: 'Member of Standing Committee of the CPC Haidian District Committee; Executive Deputy District Mayor', organisation: 'haidian' },
    { key: 'suiXiaofeng', name: { en: 'Sui Xiaofeng' }, title: 'Deputy District Mayor of Haidian', organisation: 'haidian' },
    { key: 'lillianCheong', name: { en: 'Lillian Cheong', zhHant: '張曼莉', zhHans: '张曼莉' }, title: 'Under Secretary for Innovation, Technology and Industry', organisation: 'itib' },
    { key: 'alphaLau', name: { en: 'Alpha Lau', zhHant: '劉凱旋', zhHans: '刘凯旋' }, title: 'Director-General of Investment Promotion', organisation: 'investhk' },
  ],
  events: [
    {
      key: 'flightIn',
      kind: 'travel',
      title: 'Flight Hong Kong → Beijing (HKG–PEK)',
      start: '2024-09-19T16:30',
      end: '2024-09-19T19:50',
      timeZone: HK,
      endTimeZone: CN,
      travel: flightIn,
      ...places.hkia,
      members: both,
    },
    { key: 'checkIn', kind: 'hotel', title: 'Check in: The Ritz-Carlton, Beijing Financial Street (2 nights)', start: '2024-09-19T21:00', end: '2024-09-19T21:30', timeZone: CN, ...hotel, members: both },
    {
      key: 'prep',
      kind: 'internal',
      title: 'Breakfast briefing: MoU signing and speaking points',
      start: '2024-09-20T07:45',
      end: '2024-09-20T08:30',
      timeZone: CN,
      ...hotel,
      members: both,
    },
    {
      key: 'opening',
      kind: 'signing',
      title: 'Symposium opening ceremony and MoU signing with the Xicheng District Data Bureau and UBBS',
      start: '2024-09-20T09:30',
      end: '2024-09-20T11:30',
      timeZone: CN,
      ...symposium,
      members: both,
      contacts: ['yangQiu', 'caoLei'],
      organisations: ['cyberport', 'xicheng', 'ubbs'],
      description:
        'MoU signed by Georgina Chu (Cyberport), Yang Qiu (Xicheng District Data Bureau) and Cao Lei (UBBS): exchange platform for ' +
        'enterprises, talent exchange and training, big data, FinTech, cultural and creative, tourism; supports the China Data Street ' +
        'in Maliandao. The Hong Kong Investment Promotion Conference runs alongside the Symposium.',
    },
    { key: 'lunch', kind: 'meal', title: 'Symposium lunch', start: '2024-09-20T12:00', end: '2024-09-20T13:30', timeZone: CN, ...symposium, members: both },
    {
      key: 'digitalEconomy',
      kind: 'seminar',
      title: 'Beijing Hong Kong Digital Economy Innovation Development Thematic Event — AI Application Accelerator launch',
      start: '2024-09-20T14:30',
      end: '2024-09-20T16:30',
      timeZone: CN,
      members: both,
      contacts: ['lillianCheong', 'suGuobin', 'duanFeifei', 'fengShasha'],
      organisations: ['cyberport', 'darkHorse', 'bjEit', 'itib'],
      description:
        'Launch of the Beijing–Hong Kong AI Application Accelerator with Dark Horse Technology Group (a Cyberport community enterprise; ' +
        '10,000 enterprises empowered over 13 years, 150 unicorns). Selected AI companies get policy help, capital, market data, ' +
        'technical support and free office space.',
    },
    {
      key: 'xichengServices',
      kind: 'seminar',
      title: 'Xicheng District “Professional Services” Specialized Promotion Activity — Chairman speaks',
      start: '2024-09-21T09:30',
      end: '2024-09-21T11:30',
      timeZone: CN,
      members: both,
      contacts: ['yangQiu'],
      organisations: ['xicheng'],
      description: 'Legal services, accounting and auditing, tax planning; professional services serving I&T.',
    },
    { key: 'lunch2', kind: 'meal', title: 'Lunch', start: '2024-09-21T12:00', end: '2024-09-21T13:15', timeZone: CN, members: both },
    {
      key: 'haidian',
      kind: 'seminar',
      title: '“Empowering AI – Investing in Haidian Smartly” — Zhongguancun Science City programme launch',
      start: '2024-09-21T14:30',
      end: '2024-09-21T16:30',
      timeZone: CN,
      members: both,
      contacts: ['tangChao', 'yueLi', 'suiXiaofeng', 'lillianCheong', 'alphaLau'],
      organisations: ['zgc', 'haidian', 'itib', 'investhk', 'cyberport'],
      description:
        'Launch of the Zhongguancun Science City – Hong Kong Innovation Acceleration Programme (AI, biomedicine, big data, new energy); ' +
        'Simon Chan officiates; Georgina Chu shares Cyberport’s latest developments.',
    },
    {
      key: 'flightHome',
      kind: 'travel',
      title: 'Flight Beijing → Hong Kong (PEK–HKG)',
      start: '2024-09-21T19:00',
      end: '2024-09-21T22:25',
      timeZone: CN,
      endTimeZone: HK,
      travel: flightHome,
      ...places.pek,
      members: both,
    },
  ],
  notes: [
    {
      event: 'opening',
      author: 'georginaChu',
      body: [
        '## MoU signing — key points',
        '',
        '- Parties: Cyberport, Beijing Xicheng District Data Bureau, Union of Beijing Business Services.',
        '- Two-way: business-service enterprises going global; attracting foreign investment; top-tier companies recommended to',
        '  Cyberport and Xicheng.',
        '- Xicheng’s aims: digital trade port, new models for data transactions, China Data Street in Maliandao.',
        '- Next: joint working group; first exchange activity for member enterprises.',
      ].join('\n'),
    },
    {
      event: 'haidian',
      author: 'simonChan',
      body: [
        '## “Empowering AI – Investing in Haidian Smartly” 專場活動',
        '',
        '- 中關村科學城將在香港設立企業創新加速器，以五大加速行動協助海淀企業在港發展：',
        '  科技成果轉化、企業出海、投資便利、科技人才集聚、對接全球資源',
        '- 領域：人工智能、生物醫藥、大數據、新能源',
        '- 數碼港可提供落戶支援及初創生態對接',
      ].join('\n'),
    },
  ],
  followUps: [
    {
      title: 'Set up the joint working group under the MoU with the Xicheng District Data Bureau and UBBS',
      owner: 'georginaChu',
      dueDate: '2024-10-31',
      status: 'in-progress',
      priority: 'high',
      organisation: 'xicheng',
      event: 'opening',
      outcome: { mou: { title: mouTitle, parties: ['Cyberport', 'Beijing Xicheng District Data Bureau', 'Union of Beijing Business Services'], date: '2024-09-20' } },
    },
    {
      title: 'Open applications for the first cohort of the Beijing–Hong Kong AI Application Accelerator',
      owner: 'georginaChu',
      dueDate: '2024-11-15',
      status: 'open',
      priority: 'high',
      organisation: 'darkHorse',
      event: 'digitalEconomy',
    },
    {
      title: 'Agree with InvestHK how Zhongguancun Science City enterprises land in Hong Kong',
      owner: 'simonChan',
      dueDate: '2024-10-18',
      status: 'waiting',
      organisation: 'zgc',
      event: 'haidian',
      details: 'Zhongguancun Science City Enterprise Innovation Accelerator to be set up in Hong Kong; waiting for the Haidian side’s contact point.',
    },
    {
      title: 'Issue the press release on the Symposium results',
      owner: 'georginaChu',
      dueDate: '2024-09-23',
      status: 'done',
      event: 'xichengServices',
      details: 'Issued 23 September 2024.',
    },
  ],
  logistics: cyberportLogistics({ hotel, symposium }),
};
