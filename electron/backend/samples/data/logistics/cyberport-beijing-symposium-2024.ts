// Illustrative logistics of the Cyberport Beijing sample: the flights' numbers and seats, the rooms, the car, its driver
// and the rides are made up (as the trip's purpose says), timed against the itinerary's illustrative times.
import type { Bilingual } from '../../../../../shared/model';
import type { SampleLogistics, SamplePassenger, SampleTravel } from '../../types';
import { CN, at, ends, phone, places, ridePlace } from '../common';

type Venue = { venue: Bilingual; address?: Bilingual };

const seats = (simon: string, georgina: string): SamplePassenger[] => [
  { member: 'simonChan', seat: simon, cabin: 'Business', bookingRef: 'C9PX4N' },
  { member: 'georginaChu', seat: georgina, cabin: 'Business', bookingRef: 'C9PX4N' },
];

export const flightIn: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 332',
  from: at(ends.hkg, 'T1'),
  to: at(ends.pek, 'T3'),
  passengers: seats('12A', '12C'),
};

export const flightHome: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 347',
  from: at(ends.pek, 'T3'),
  to: at(ends.hkg, 'T1'),
  passengers: seats('14A', '14C'),
};

const pekArrivals = { name: { en: 'Beijing Capital Airport T3, arrivals hall', zh: '北京首都国际机场T3航站楼到达大厅' }, address: places.pek.address };
const haidian = { name: { en: 'Zhongguancun Science City programme venue, Haidian', zh: '中关村科学城活动会场（海淀区）' }, address: { en: 'Haidian District, Beijing', zh: '北京市海淀区' } };

export function cyberportLogistics(v: { hotel: Venue; symposium: Venue }): SampleLogistics {
  const both = ['simonChan', 'georginaChu'];
  return {
    stays: [
      {
        hotel: v.hotel.venue,
        address: v.hotel.address ?? { en: '', zh: '' },
        checkIn: '2024-09-19',
        checkOut: '2024-09-21',
        timeZone: CN,
        rooms: [
          { members: ['simonChan'], roomType: 'Executive suite', number: '1208', confirmation: 'RCB-60517' },
          { members: ['georginaChu'], roomType: 'Deluxe room', number: '1112', confirmation: 'RCB-60518' },
        ],
      },
    ],
    vehicles: [
      {
        key: 'car',
        label: 'Delegation car',
        type: 'mpv',
        seats: 5,
        plate: '京A·Q5820',
        provider: 'Hotel car service',
        driver: { name: { en: 'Wang Lei', zh: '王磊' }, phone: phone.cn(301) },
      },
    ],
    rides: [
      // 50 minutes after landing: passports and bags first.
      { vehicle: 'car', pickUp: '2024-09-19T20:40', timeZone: CN, from: pekArrivals, event: 'checkIn', members: both },
      { vehicle: 'car', pickUp: '2024-09-20T08:45', timeZone: CN, from: ridePlace(v.hotel), event: 'opening', members: both },
      { vehicle: 'car', pickUp: '2024-09-20T13:45', timeZone: CN, from: ridePlace(v.symposium), event: 'digitalEconomy', members: both },
      { vehicle: 'car', pickUp: '2024-09-21T09:00', timeZone: CN, from: ridePlace(v.hotel), event: 'xichengServices', members: both },
      { vehicle: 'car', pickUp: '2024-09-21T16:45', timeZone: CN, from: haidian, event: 'flightHome', members: both, notes: 'Luggage collected from the hotel at 15:30.' },
    ],
  };
}
