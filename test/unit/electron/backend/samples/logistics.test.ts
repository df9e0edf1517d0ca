// The sample trips' illustrative logistics (issue 14.6), loaded through the real backend and read back with trips.get:
// how many stays, rooms, cars and rides each brings, that they pass the schemas, that every link they hold is live and
// inside the trip, and which logistics warnings (shared/domain/logistics/warnings.ts) each sample raises.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TripDetail } from '../../../../../shared/api-types';
import { findLogisticsWarnings } from '../../../../../shared/domain/logistics/warnings';
import { localParts } from '../../../../../shared/domain/time';
import { REFERENCES, Ride, RideInput, Stay, StayInput, TripEvent, Vehicle, VehicleInput, referencedIds } from '../../../../../shared/model';
import type { CollectionName } from '../../../../../shared/model';
import { buildSample } from '../../../../../electron/backend/samples/build';
import { samples } from '../../../../../electron/backend/samples';
import type { SampleTrip } from '../../../../../electron/backend/samples/types';
import { type TestBackend, openTestBackend } from '../backend-fixture';

let t: TestBackend;
const details = new Map<string, TripDetail>();

beforeAll(async () => {
  t = await openTestBackend();
  const { loaded } = await t.call('samples.load', {});
  for (const trip of loaded) details.set(trip.sampleKey!, await t.call('trips.get', { id: trip.id }));
});
afterAll(async () => t.close());

const detail = (key: string): TripDetail => {
  const d = details.get(key);
  if (!d) throw new Error(`sample ${key} was not loaded`);
  return d;
};
const journeys = (d: TripDetail) => d.events.filter((e) => e.kind === 'travel');
const meta = (r: { id: string; createdAt: string; updatedAt: string; deleted: boolean }) => {
  const { id: _id, createdAt: _c, updatedAt: _u, deleted: _d, ...fields } = r;
  return fields;
};

describe('sample logistics', () => {
  it('loads each sample with its stays, rooms, cars, rides and journeys with numbers and seats', () => {
    const counts = Object.fromEntries(
      samples.map((s) => {
        const d = detail(s.key);
        return [
          s.key,
          {
            stays: d.stays.length,
            rooms: d.stays.reduce((n, st) => n + st.rooms.length, 0),
            vehicles: d.vehicles.length,
            rides: d.rides.length,
            numbered: journeys(d).filter((e) => e.travel?.carrier && e.travel.number && e.travel.mode).length,
            seats: journeys(d).reduce((n, e) => n + (e.travel?.passengers ?? []).filter((p) => p.seat && p.cabin && p.bookingRef).length, 0),
          },
        ];
      }),
    );
    expect(counts).toEqual({
      'hkstp-beijing-2025': { stays: 1, rooms: 3, vehicles: 2, rides: 8, numbered: 2, seats: 6 },
      'oases-hangzhou-shanghai-2025': { stays: 2, rooms: 2, vehicles: 2, rides: 7, numbered: 3, seats: 3 },
      'oases-signing-ceremony': { stays: 0, rooms: 0, vehicles: 1, rides: 2, numbered: 0, seats: 0 },
      'cyberport-beijing-symposium-2024': { stays: 1, rooms: 2, vehicles: 1, rides: 5, numbered: 2, seats: 4 },
    });
    const train = journeys(detail('oases-hangzhou-shanghai-2025')).find((e) => e.travel?.mode === 'train');
    expect(train?.travel).toMatchObject({ carrier: 'China Railway', number: 'G7562', passengers: [{ seat: 'Car 1, 1A', cabin: 'Business class' }] });
    const hkstpIn = journeys(detail('hkstp-beijing-2025'))[0]!;
    expect(hkstpIn.travel).toMatchObject({ carrier: 'Cathay Pacific', number: 'CX 390', from: { code: 'HKG', terminal: 'T1' }, to: { code: 'PEK', terminal: 'T3' } });
  });

  it('marks every stay and car illustrative, names each driver in English and Chinese with a phone and a plate, and says so in the purpose', () => {
    for (const s of samples) {
      const d = detail(s.key);
      for (const stay of d.stays) expect([stay.illustrative, stay.hotel.en !== '', stay.hotel.zh !== '', stay.address.zh !== ''], stay.hotel.en).toEqual([true, true, true, true]);
      for (const v of d.vehicles) {
        expect(v.illustrative, v.label).toBe(true);
        expect([v.driver.name.en, v.driver.name.zh, v.driver.phone, v.plate].every((x) => x.length > 0), v.label).toBe(true);
        expect(v.driver.name.zh, v.label).toMatch(/\p{Script=Han}/u);
      }
      expect(d.trip.purpose, s.key).toMatch(/illustrative/);
      expect(d.trip.purpose, s.key).toMatch(/rides/);
    }
  });

  it('passes the schemas: each record as stored, and its fields as a create would take them', () => {
    for (const s of samples) {
      const d = detail(s.key);
      const checks: [string, boolean][] = [
        ...d.stays.map((r): [string, boolean] => [`stay ${r.hotel.en}`, Stay.safeParse(r).success && StayInput.safeParse(meta(r)).success]),
        ...d.vehicles.map((r): [string, boolean] => [`vehicle ${r.label}`, Vehicle.safeParse(r).success && VehicleInput.safeParse(meta(r)).success]),
        ...d.rides.map((r): [string, boolean] => [`ride ${r.pickUpAt}`, Ride.safeParse(r).success && RideInput.safeParse(meta(r)).success]),
        ...journeys(d).map((e): [string, boolean] => [`journey ${e.title}`, TripEvent.safeParse(e).success]),
      ];
      for (const [what, ok] of checks) expect(ok, `${s.key}: ${what}`).toBe(true);
    }
  });

  it('holds only live links inside its own trip: rooms, passengers, rides’ cars, events, members and contacts', () => {
    for (const s of samples) {
      const d = detail(s.key);
      const live: Partial<Record<CollectionName, Set<string>>> = {
        members: new Set(d.trip.memberIds),
        events: new Set(d.events.filter((e) => !e.deleted).map((e) => e.id)),
        vehicles: new Set(d.vehicles.filter((v) => !v.deleted).map((v) => v.id)),
        contacts: new Set(d.contacts.filter((c) => !c.deleted).map((c) => c.id)),
      };
      const records: [CollectionName, object[]][] = [['stays', d.stays], ['rides', d.rides], ['events', journeys(d)]];
      let links = 0;
      for (const [source, rows] of records) {
        for (const ref of REFERENCES.filter((r) => r.source === source)) {
          for (const row of rows) {
            for (const id of referencedIds(row, ref)) {
              links++;
              expect(live[ref.to]?.has(id), `${s.key}: ${source}.${ref.field} → ${ref.to} ${id}`).toBe(true);
            }
          }
        }
      }
      expect(links, s.key).toBeGreaterThan(0);
      // A journey's passengers are the event's members; a ride's passengers attend the event it goes to.
      for (const e of journeys(d)) if (e.travel?.passengers) expect(e.travel.passengers.map((p) => p.memberId).sort(), e.title).toEqual([...e.memberIds].sort());
      for (const r of d.rides) {
        const event = d.events.find((e) => e.id === r.eventId);
        if (event) expect(r.memberIds.every((m) => event.memberIds.includes(m)), `${s.key}: ride to ${event.title}`).toBe(true);
        const day = localParts(r.pickUpAt, r.timeZone).date;
        expect(day >= d.trip.startDate && day <= d.trip.endDate, `${s.key}: ride on ${day}`).toBe(true);
      }
    }
  });

  it('fails loudly on a ride naming a car the sample lacks', () => {
    const base = samples.find((s) => s.key === 'hkstp-beijing-2025')!;
    const broken: SampleTrip = { ...base, logistics: { ...base.logistics, rides: [{ ...base.logistics.rides[0]!, vehicle: 'nocar' }] } };
    expect(() => buildSample(broken, { members: [], organisations: [], contacts: [] })).toThrow(/unknown vehicle key "nocar"/);
  });
});

describe('logistics warnings on the samples', () => {
  const warningsOf = (d: TripDetail) => findLogisticsWarnings({ trip: d.trip, events: d.events, members: d.members, stays: d.stays, vehicles: d.vehicles, rides: d.rides });

  it('finds none on any sample: the three trips away are covered, and the one-day signing at home needs no travel in or out', () => {
    const found = Object.fromEntries(samples.map((s) => [s.key, warningsOf(detail(s.key)).map((w) => w.message)]));
    expect(found).toEqual({
      'hkstp-beijing-2025': [],
      'oases-hangzhou-shanghai-2025': [],
      'cyberport-beijing-symposium-2024': [],
      'oases-signing-ceremony': [],
    });
  });

  it('finds a pick-up moved before landing plus the margin, and a car given a second ride at the same time', async () => {
    const d = detail('hkstp-beijing-2025');
    const first = [...d.rides].sort((a, b) => a.pickUpAt.localeCompare(b.pickUpAt))[0]!;
    // The flight lands at 12:20 in Beijing: a pick-up at 12:40 is 20 minutes after, under the 45 asked for.
    const early = await t.call('rides.update', { id: first.id, tripId: d.trip.id, patch: { pickUpAt: '2025-05-18T04:40:00.000Z' } });
    const other = d.rides.find((r) => r.id !== first.id && r.vehicleId === first.vehicleId && r.pickUpAt > first.pickUpAt)!;
    const clash = await t.call('rides.update', { id: other.id, tripId: d.trip.id, patch: { pickUpAt: '2025-05-18T04:50:00.000Z', eventId: first.eventId! } });
    const after = await t.call('trips.get', { id: d.trip.id });
    const kinds = warningsOf(after).map((w) => [w.kind, w.rideIds.length > 0 ? w.rideIds : w.memberIds]);
    expect(kinds).toEqual([
      ['car-double-booked', [early.id, clash.id]],
      ['pick-up-before-landing', [early.id]],
      ['pick-up-before-landing', [clash.id]],
    ]);
  });
});
