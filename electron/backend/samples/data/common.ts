// Directory records several sample trips share, written once so their English names (the reuse key) never drift apart.
import type { Bilingual, RidePlace, TravelEnd } from '../../../../shared/model';
import type { SampleMember, SampleOrganisation } from '../types';

export const HK = 'Asia/Hong_Kong';
export const CN = 'Asia/Shanghai';

export const oases: SampleOrganisation = {
  key: 'oases',
  name: { en: 'Office for Attracting Strategic Enterprises (OASES)', zhHant: '引進重點企業辦公室', zhHans: '引进重点企业办公室' },
  kind: 'government',
  sector: 'Investment promotion (strategic enterprises)',
  city: 'Hong Kong',
  website: 'https://www.oases.gov.hk',
};

export const investHk: SampleOrganisation = {
  key: 'investhk',
  name: { en: 'Invest Hong Kong (InvestHK)', zhHant: '投資推廣署', zhHans: '投资推广署' },
  kind: 'government',
  sector: 'Investment promotion',
  city: 'Hong Kong',
  website: 'https://www.investhk.gov.hk',
};

export const peterYan: SampleMember = {
  key: 'peterYan',
  name: { en: 'Peter Yan', zhHant: '任景信', zhHans: '任景信' },
  title: 'Director-General, Office for Attracting Strategic Enterprises',
  rank: 1,
  organisation: 'OASES',
};

/** Well-known places reused in itineraries; addresses are for drivers (Simplified on the Mainland, Traditional in Hong Kong). */
export const places = {
  hkia: { venue: { en: 'Hong Kong International Airport', zh: '香港國際機場' }, address: { en: 'Terminal 1, Hong Kong International Airport, Chek Lap Kok, Lantau', zh: '香港大嶼山赤鱲角香港國際機場一號客運大樓' } },
  pek: { venue: { en: 'Beijing Capital International Airport', zh: '北京首都国际机场' }, address: { en: 'Terminal 3, Beijing Capital International Airport, Shunyi District, Beijing', zh: '北京市顺义区首都国际机场T3航站楼' } },
} as const;

const end = (cityEn: string, cityZh: string, placeEn: string, placeZh: string, code?: string): TravelEnd => ({
  city: { en: cityEn, zh: cityZh },
  place: { en: placeEn, zh: placeZh },
  ...(code ? { code } : {}),
});

/** Journeys' ends: the city and the station or airport (IATA code for airports), so every label names where a journey leaves and lands. */
export const ends = {
  hkg: end('Hong Kong', '香港', 'Hong Kong International Airport', '香港國際機場', 'HKG'),
  pek: end('Beijing', '北京', 'Beijing Capital International Airport', '北京首都国际机场', 'PEK'),
  hgh: end('Hangzhou', '杭州', 'Hangzhou Xiaoshan International Airport', '杭州萧山国际机场', 'HGH'),
  sha: end('Shanghai', '上海', 'Shanghai Hongqiao International Airport', '上海虹桥国际机场', 'SHA'),
  hangzhouEast: end('Hangzhou', '杭州', 'Hangzhou East Railway Station', '杭州东站'),
  shanghaiHongqiao: end('Shanghai', '上海', 'Shanghai Hongqiao Railway Station', '上海虹桥站'),
} as const;

/** A journey's end at a given terminal (the terminal is part of the illustrative logistics, not of the place). */
export const at = (e: TravelEnd, terminal: string): TravelEnd => ({ ...e, terminal });

/** A venue (as the events spell it) as one end of a ride. */
export const ridePlace = (p: { venue: Bilingual; address?: Bilingual }): RidePlace => ({ name: p.venue, address: p.address ?? { en: '', zh: '' } });

/** Made-up phone numbers for the illustrative drivers, their run of zeros marking them as such. */
export const phone = {
  cn: (n: number): string => `+86 138 0000 ${String(n).padStart(4, '0')}`,
  hk: (n: number): string => `+852 5000 ${String(n).padStart(4, '0')}`,
};
