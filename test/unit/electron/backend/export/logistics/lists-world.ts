// A logistics world on the HKSTP sample for the lists' document tests: the delegation (Chinese names given), a car with
// its driver, rides on two days (passengers added out of precedence order, one with a contact on site), a hotel stay
// with a shared room, seats on the two flights, and meeting content (a note, briefings, a description, a ride note)
// that a driver's sheet must leave out.
import type { TripDetail } from '../../../../../../shared/contract';
import type { Member, Ride, Stay, Vehicle } from '../../../../../../shared/model';
import { instantFromLocal } from '../../../../../../shared/domain/time';
import type { TestBackend } from '../../backend-fixture';

export const SECRET_NOTE = 'Note: the Secretary prefers not to discuss the visa quota';
export const RESTRICTED = 'Restricted: board split on the Hong Kong office';
export const OPEN_BRIEF = 'Objective: agree the internship numbers for 2026';
export const DESCRIPTION = 'Description: bring twelve copies of the Global Internship brochure';
export const RIDE_NOTE = 'Ride note: the principal wants to discuss the MoU in the car';
export const ADDRESS_ZH = '北京市海淀区颐和园路5号北京大学';
export const FROM_ZH = '北京市海淀区紫竹院路29号香格里拉饭店';

export interface ListsWorld {
  detail: TripDetail;
  tripId: string;
  members: { albert: Member; fanny: Member; derek: Member; stranger: Member };
  car: Vehicle;
  rides: Ride[];
  stay: Stay;
}

export async function listsWorld(t: TestBackend): Promise<ListsWorld> {
  const { loaded } = await t.call('samples.load', {});
  const tripId = loaded.find((x) => x.sampleKey === 'hkstp-beijing-2025')!.id;
  let detail = await t.call('trips.get', { id: tripId });
  const byName = (en: string) => detail.members.find((m) => m.name.en === en)!;
  const albert = byName('Albert Wong');
  const fanny = await t.call('members.update', { id: byName('Fanny Wong').id, patch: { name: { en: 'Fanny Wong', zhHant: '黃慧芬', zhHans: '黄慧芬' } } });
  const derek = await t.call('members.update', { id: byName('Derek Chim').id, patch: { name: { en: 'Derek Chim', zhHant: '詹德禮', zhHans: '詹德礼' } } });
  // A member of the delegation with no journey at all: the manifest shows the gap.
  const stranger = await t.call('members.create', { name: { en: 'Zoe Lam', zhHant: '林知恩' }, title: 'Officer', rank: 9 });
  await t.call('trips.update', { id: tripId, patch: { memberIds: [...detail.trip.memberIds, stranger.id] } });

  const pku = detail.events.find((e) => e.title.startsWith('Meeting with Peking University'))!;
  await t.call('events.update', {
    id: pku.id,
    tripId,
    patch: {
      description: DESCRIPTION,
      address: { en: '5 Yiheyuan Road, Haidian, Beijing', zh: ADDRESS_ZH },
      briefing: { ...pku.briefing, objectives: { text: OPEN_BRIEF, restricted: false }, talkingPoints: { text: RESTRICTED, restricted: true } },
    },
  });
  await t.call('notes.save', { tripId, eventId: pku.id, body: SECRET_NOTE });

  const flightIn = detail.events.find((e) => e.title.startsWith('Flight Hong Kong'))!;
  const flightHome = detail.events.find((e) => e.title.startsWith('Flight Beijing'))!;
  await t.call('events.update', {
    id: flightIn.id,
    tripId,
    patch: {
      travel: {
        ...flightIn.travel,
        mode: 'flight',
        carrier: 'CX',
        number: '312',
        from: { ...flightIn.travel?.from, city: { en: 'Hong Kong', zh: '香港' }, place: { en: 'Hong Kong International Airport', zh: '香港國際機場' }, code: 'HKG', terminal: '1' },
        passengers: [
          { memberId: albert.id, seat: '11A', cabin: 'Business', bookingRef: 'ABC123' },
          { memberId: fanny.id, seat: '11C', cabin: 'Business', bookingRef: 'ABC124' },
        ],
      },
    },
  });
  await t.call('events.update', { id: flightHome.id, tripId, patch: { travel: { ...flightHome.travel, mode: 'flight', carrier: 'CA', number: '111', passengers: [{ memberId: albert.id, seat: '2K', cabin: 'First', bookingRef: 'XYZ999' }] } } });

  const car = await t.call('vehicles.create', {
    tripId,
    label: 'VIP car',
    type: 'sedan',
    seats: 4,
    plate: '京A·88888',
    provider: 'Beijing Limousine',
    driver: { name: { en: 'Zhang Wei', zh: '張偉' }, phone: '+86 138 0000 1111' },
  });
  const contact = detail.contacts.find((c) => c.name.en === 'Eunice Chan')!;
  await t.call('contacts.update', { id: contact.id, patch: { phone: '+852 9123 4567' } });
  const at = (date: string, time: string) => instantFromLocal(date, time, 'Asia/Shanghai');
  const rides = [
    await t.call('rides.create', {
      tripId,
      vehicleId: car.id,
      pickUpAt: at('2025-05-19', '08:40'),
      timeZone: 'Asia/Shanghai',
      from: { name: { en: 'Shangri-La Hotel lobby', zh: '香格里拉饭店大堂' }, address: { en: '29 Zizhuyuan Road, Haidian', zh: FROM_ZH } },
      eventId: pku.id,
      // Out of precedence on purpose: the sheet lists the principal first.
      memberIds: [derek.id, albert.id, fanny.id],
      contactId: contact.id,
      notes: RIDE_NOTE,
    }),
    await t.call('rides.create', {
      tripId,
      vehicleId: car.id,
      pickUpAt: at('2025-05-19', '17:15'),
      timeZone: 'Asia/Shanghai',
      from: { name: { en: 'Tsinghua University, main gate', zh: '清华大学西门' }, address: { en: '', zh: '北京市海淀区清华园1号' } },
      to: { name: { en: 'Shangri-La Hotel', zh: '香格里拉饭店' }, address: { en: '29 Zizhuyuan Road, Haidian', zh: FROM_ZH } },
      memberIds: [albert.id],
    }),
    await t.call('rides.create', {
      tripId,
      vehicleId: car.id,
      pickUpAt: at('2025-05-20', '17:30'),
      timeZone: 'Asia/Shanghai',
      from: { name: { en: 'Shangri-La Hotel', zh: '香格里拉饭店' }, address: { en: '', zh: FROM_ZH } },
      to: { name: { en: 'Beijing Capital Airport T3', zh: '北京首都国际机场3号航站楼' }, address: { en: '', zh: '北京市顺义区首都机场' } },
      memberIds: [fanny.id, albert.id],
    }),
  ];
  const stay = await t.call('stays.create', {
    tripId,
    hotel: { en: 'Lists Test Hotel Beijing', zh: '測試酒店北京' },
    address: { en: '29 Zizhuyuan Road', zh: FROM_ZH },
    checkIn: '2025-05-18',
    checkOut: '2025-05-20',
    rooms: [
      { memberIds: [albert.id], roomType: 'Executive suite', number: '1808', confirmation: 'SL-1808' },
      { memberIds: [derek.id, fanny.id], roomType: 'Twin', number: '1210', confirmation: 'SL-1210' },
    ],
  });
  detail = await t.call('trips.get', { id: tripId });
  return { detail, tripId, members: { albert, fanny, derek, stranger }, car, rides, stay };
}
