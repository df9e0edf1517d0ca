// Illustrative logistics of the HKSTP Beijing sample: the flights' numbers and seats, the rooms, two cars and their
// drivers and the rides are made up (as the trip's purpose says), shaped like a real delegation's: the CEO in the first
// car, the pick-up at the airport well after landing, the rooms for the two nights the itinerary already names.
import type { Bilingual } from '../../../../../shared/model';
import type { SampleLogistics, SamplePassenger, SampleTravel } from '../../types';
import { CN, at, ends, phone, places, ridePlace } from '../common';

type Venue = { venue: Bilingual; address: Bilingual };

const booking = 'Q4T7LM';
const seats = (albert: string, fanny: string, derek: string): SamplePassenger[] => [
  { member: 'albertWong', seat: albert, cabin: 'Business', bookingRef: booking },
  { member: 'fannyWong', seat: fanny, cabin: 'Economy', bookingRef: booking },
  { member: 'derekChim', seat: derek, cabin: 'Economy', bookingRef: booking },
];

export const flightIn: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 390',
  from: at(ends.hkg, 'T1'),
  to: at(ends.pek, 'T3'),
  passengers: seats('11A', '32A', '32C'),
};

export const flightHome: SampleTravel = {
  mode: 'flight',
  carrier: 'Cathay Pacific',
  number: 'CX 391',
  from: at(ends.pek, 'T3'),
  to: at(ends.hkg, 'T1'),
  passengers: seats('11K', '30H', '30K'),
};

const pekArrivals = { name: { en: 'Beijing Capital Airport T3, arrivals hall', zh: '北京首都国际机场T3航站楼到达大厅' }, address: places.pek.address };
const seminarVenue = { name: { en: 'Seminar venue, Beijing', zh: '研讨会会场' }, address: { en: '', zh: '' } };

export function hkstpLogistics(v: { hotel: Venue; pku: Venue; tsinghua: Venue }): SampleLogistics {
  const all = ['albertWong', 'fannyWong', 'derekChim'];
  return {
    stays: [
      {
        hotel: v.hotel.venue,
        address: v.hotel.address,
        checkIn: '2025-05-18',
        checkOut: '2025-05-20',
        timeZone: CN,
        rooms: [
          { members: ['albertWong'], roomType: 'Horizon Club deluxe room', number: '1806', confirmation: 'SLB-48213' },
          { members: ['fannyWong'], roomType: 'Deluxe room', number: '1512', confirmation: 'SLB-48214' },
          { members: ['derekChim'], roomType: 'Deluxe room', number: '1514', confirmation: 'SLB-48215' },
        ],
      },
    ],
    vehicles: [
      {
        key: 'car1',
        label: 'Car 1',
        type: 'sedan',
        seats: 3,
        plate: '京A·D7316',
        provider: 'Hotel car service',
        driver: { name: { en: 'Zhang Jianguo', zh: '张建国' }, phone: phone.cn(101) },
      },
      {
        key: 'car2',
        label: 'Car 2',
        type: 'mpv',
        seats: 6,
        plate: '京A·F2058',
        provider: 'Hotel car service',
        driver: { name: { en: 'Li Weidong', zh: '李卫东' }, phone: phone.cn(102) },
      },
    ],
    rides: [
      // 50 minutes after landing: passports and bags first. Car 2 takes the luggage and the team.
      { vehicle: 'car1', pickUp: '2025-05-18T13:10', timeZone: CN, from: pekArrivals, event: 'checkIn', members: ['albertWong', 'fannyWong'] },
      { vehicle: 'car2', pickUp: '2025-05-18T13:10', timeZone: CN, from: pekArrivals, event: 'checkIn', members: ['derekChim'], notes: 'Luggage for the delegation.' },
      { vehicle: 'car1', pickUp: '2025-05-19T08:50', timeZone: CN, from: ridePlace(v.hotel), event: 'pkuMeeting', members: ['albertWong', 'fannyWong'] },
      { vehicle: 'car2', pickUp: '2025-05-19T08:50', timeZone: CN, from: ridePlace(v.hotel), event: 'pkuMeeting', members: ['derekChim'] },
      { vehicle: 'car1', pickUp: '2025-05-19T14:00', timeZone: CN, from: ridePlace(v.pku), event: 'thuMeeting', members: all },
      { vehicle: 'car1', pickUp: '2025-05-19T17:45', timeZone: CN, from: ridePlace(v.tsinghua), event: 'ten', members: all },
      { vehicle: 'car1', pickUp: '2025-05-20T17:20', timeZone: CN, from: seminarVenue, event: 'flightHome', members: ['albertWong', 'fannyWong'] },
      { vehicle: 'car2', pickUp: '2025-05-20T17:20', timeZone: CN, from: seminarVenue, event: 'flightHome', members: ['derekChim'], notes: 'Luggage collected from the hotel at 16:30.' },
    ],
  };
}
