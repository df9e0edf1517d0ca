// A ride of the tests' one Beijing journey (trip t1, 09:00 pick-up from the hotel to Zhongguancun for event e1), in a
// car and with members of the test's choosing: the moves and the day's rides are tested on the same journey.
import type { Ride } from '../../shared/model';

const stamp = '2025-05-01T00:00:00.000Z';
export const place = (en: string) => ({ name: { en, zh: '' }, address: { en: '', zh: '' } });

export function ride(id: string, vehicleId: string, memberIds: string[], extra: Partial<Ride> = {}): Ride {
  return {
    id,
    createdAt: stamp,
    updatedAt: stamp,
    tripId: 't1',
    vehicleId,
    pickUpAt: '2025-05-19T01:00:00.000Z', // 09:00 in Beijing
    timeZone: 'Asia/Shanghai',
    from: place('Hotel'),
    to: place('Zhongguancun'),
    eventId: 'e1',
    memberIds,
    notes: '',
    ...extra,
  } as Ride;
}
