// Turns one sample trip (plain data with local keys) into the store mutations that create it, reusing directory records.
import { instantFromLocal, localParts } from '../../../shared/domain/time';
import { nanoid } from 'nanoid';
import { emptyBriefing, type Contact, type FollowUp, type Member, type Note, type Organisation, type Ride, type Stay, type Travel, type Trip, type TripEvent, type Vehicle } from '../../../shared/model';
import type { Mutation } from '../store/types';
import type { SampleLogistics, SampleNames, SampleTravel, SampleTrip } from './types';

/** Records the store stamps itself; a create gives everything else. */
type Fresh<T> = Omit<T, 'createdAt' | 'updatedAt' | 'deleted'>;

/** The live (non-deleted) directory a sample may reuse records from. */
export interface Directory {
  members: Member[];
  organisations: Organisation[];
  contacts: Contact[];
}

export interface BuiltSample {
  tripId: string;
  mutations: Mutation[];
}

/** `YYYY-MM-DDTHH:mm` on the wall clock of `zone` → UTC instant `...Z`. Zone-aware so a sample abroad with DST would still be right. */
export function localToInstant(local: string, zone: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/.exec(local);
  if (!m) throw new Error(`sample time "${local}" is not YYYY-MM-DDTHH:mm`);
  // The shared rule, so a sample's times do not depend on the machine's own zone.
  return instantFromLocal(m[1]!, m[2]!, zone);
}

/** The calendar date an instant falls on in `zone` (for checking events against trip dates and legs). */
export function instantToLocalDate(instant: string, zone: string): string {
  return localParts(instant, zone).date;
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();
const names = (n: SampleNames) => ({ en: n.en, zhHant: n.zhHant ?? '', zhHans: n.zhHans ?? '' });

/** Resolves a local key or fails loudly: a dangling key is a mistake in the sample files, not user data. */
function lookup(map: Map<string, string>, key: string, what: string, sampleKey: string): string {
  const id = map.get(key);
  if (id === undefined) throw new Error(`sample "${sampleKey}": unknown ${what} key "${key}"`);
  return id;
}

/**
 * Builds the mutations for one sample. Directory records (members, organisations, contacts) whose English name
 * matches a live one are reused, so loading several samples, or loading onto a user's own directory, never
 * duplicates people; contacts must also belong to the same organisation to count as the same person.
 */
export function buildSample(sample: SampleTrip, directory: Directory, newId: () => string = nanoid): BuiltSample {
  const mutations: Mutation[] = [];
  const memberIds = new Map<string, string>();
  const orgIds = new Map<string, string>();
  const contactIds = new Map<string, string>();
  const tripId = newId();

  for (const o of sample.organisations) {
    const existing = directory.organisations.find((r) => !r.deleted && sameName(r.name.en, o.name.en));
    if (existing) {
      orgIds.set(o.key, existing.id);
      continue;
    }
    const fields: Fresh<Organisation> = {
      id: newId(),
      name: names(o.name),
      kind: o.kind,
      sector: o.sector,
      city: o.city,
      website: o.website,
      stage: o.stage ?? 'prospect',
      briefing: emptyBriefing,
    };
    orgIds.set(o.key, fields.id);
    mutations.push({ collection: 'organisations', id: fields.id, fields });
  }

  for (const m of sample.members) {
    const existing = directory.members.find((r) => !r.deleted && sameName(r.name.en, m.name.en));
    if (existing) {
      memberIds.set(m.key, existing.id);
      continue;
    }
    const fields: Fresh<Member> = { id: newId(), name: names(m.name), title: m.title, rank: m.rank, organisation: m.organisation };
    memberIds.set(m.key, fields.id);
    mutations.push({ collection: 'members', id: fields.id, fields });
  }

  for (const c of sample.contacts) {
    const organisationId = c.organisation === undefined ? undefined : lookup(orgIds, c.organisation, 'organisation', sample.key);
    const existing = directory.contacts.find((r) => !r.deleted && sameName(r.name.en, c.name.en) && r.organisationId === organisationId);
    if (existing) {
      contactIds.set(c.key, existing.id);
      continue;
    }
    const fields: Fresh<Contact> = { id: newId(), name: names(c.name), title: c.title, email: '', phone: '' };
    if (organisationId !== undefined) fields.organisationId = organisationId;
    contactIds.set(c.key, fields.id);
    mutations.push({ collection: 'contacts', id: fields.id, fields });
  }

  // Precedence order, so the trip lists its leader first.
  const orderedMembers = [...sample.members].sort((a, b) => a.rank - b.rank);
  const trip: Fresh<Trip> = {
    id: tripId,
    title: sample.title,
    purpose: sample.purpose,
    organisingBody: sample.organisingBody,
    status: sample.status,
    startDate: sample.startDate,
    endDate: sample.endDate,
    homeTimeZone: sample.homeTimeZone,
    legs: sample.legs.map((l) => ({ id: newId(), ...l })),
    memberIds: orderedMembers.map((m) => lookup(memberIds, m.key, 'member', sample.key)),
    sampleKey: sample.key,
  };
  mutations.push({ collection: 'trips', id: tripId, fields: trip });

  const eventIds = new Map<string, string>();
  for (const e of sample.events) {
    const fields: Fresh<TripEvent> = {
      id: newId(),
      tripId,
      briefing: emptyBriefing,
      kind: e.kind,
      title: e.title,
      start: localToInstant(e.start, e.timeZone),
      end: localToInstant(e.end, e.endTimeZone ?? e.timeZone),
      timeZone: e.timeZone,
      venue: { en: e.venue?.en ?? '', zh: e.venue?.zh ?? '' },
      address: { en: e.address?.en ?? '', zh: e.address?.zh ?? '' },
      memberIds: (e.members ?? []).map((k) => lookup(memberIds, k, 'member', sample.key)),
      contactIds: (e.contacts ?? []).map((k) => lookup(contactIds, k, 'contact', sample.key)),
      organisationIds: (e.organisations ?? []).map((k) => lookup(orgIds, k, 'organisation', sample.key)),
      status: e.status ?? 'confirmed',
      description: e.description ?? '',
    };
    if (e.endTimeZone !== undefined) fields.endTimeZone = e.endTimeZone;
    if (e.travel !== undefined) fields.travel = travelOf(e.travel, (k) => lookup(memberIds, k, 'member', sample.key));
    eventIds.set(e.key, fields.id);
    mutations.push({ collection: 'events', id: fields.id, tripId, fields });
  }

  for (const n of sample.notes) {
    const fields: Fresh<Note> = { id: newId(), tripId, eventId: lookup(eventIds, n.event, 'event', sample.key), body: n.body };
    if (n.author !== undefined) fields.authorId = lookup(memberIds, n.author, 'member', sample.key);
    mutations.push({ collection: 'notes', id: fields.id, tripId, fields });
  }

  for (const f of sample.followUps) {
    const fields: Fresh<FollowUp> = {
      id: newId(),
      tripId,
      title: f.title,
      status: f.status,
      priority: f.priority ?? 'normal',
      outcome: f.outcome ?? {},
      details: f.details ?? '',
    };
    if (f.owner !== undefined) fields.ownerId = lookup(memberIds, f.owner, 'member', sample.key);
    if (f.dueDate !== undefined) fields.dueDate = f.dueDate;
    if (f.organisation !== undefined) fields.organisationId = lookup(orgIds, f.organisation, 'organisation', sample.key);
    if (f.event !== undefined) fields.eventId = lookup(eventIds, f.event, 'event', sample.key);
    mutations.push({ collection: 'followups', id: fields.id, tripId, fields });
  }

  const ids = {
    member: (k: string) => lookup(memberIds, k, 'member', sample.key),
    event: (k: string) => lookup(eventIds, k, 'event', sample.key),
    contact: (k: string) => lookup(contactIds, k, 'contact', sample.key),
  };
  mutations.push(...logisticsMutations(sample.logistics, tripId, ids, newId, sample.key));

  return { tripId, mutations };
}

/** A journey with its passengers' local keys turned into member ids. */
function travelOf(travel: SampleTravel, member: (key: string) => string): Travel {
  const { passengers, ...rest } = travel;
  if (passengers === undefined) return rest;
  return {
    ...rest,
    passengers: passengers.map((p) => ({ memberId: member(p.member), seat: p.seat ?? '', cabin: p.cabin ?? '', bookingRef: p.bookingRef ?? '' })),
  };
}

/** The stays, vehicles and rides of a sample, after its events (a ride names one). Stays and vehicles are marked
 *  illustrative: their hotels, plates and drivers are made up, as the purpose text says. */
function logisticsMutations(
  logistics: SampleLogistics,
  tripId: string,
  ids: { member: (k: string) => string; event: (k: string) => string; contact: (k: string) => string },
  newId: () => string,
  sampleKey: string,
): Mutation[] {
  const mutations: Mutation[] = [];
  for (const s of logistics.stays) {
    const fields: Fresh<Stay> = {
      id: newId(),
      tripId,
      hotel: s.hotel,
      address: s.address,
      phone: s.phone ?? '',
      checkIn: s.checkIn,
      checkOut: s.checkOut,
      rooms: s.rooms.map((r) => ({ memberIds: r.members.map(ids.member), roomType: r.roomType, number: r.number ?? '', confirmation: r.confirmation ?? '' })),
      notes: '',
      illustrative: true,
    };
    if (s.timeZone !== undefined) fields.timeZone = s.timeZone;
    mutations.push({ collection: 'stays', id: fields.id, tripId, fields });
  }
  const vehicleIds = new Map<string, string>();
  for (const v of logistics.vehicles) {
    const fields: Fresh<Vehicle> = { id: newId(), tripId, label: v.label, type: v.type, seats: v.seats, plate: v.plate, provider: v.provider, driver: v.driver, notes: '', illustrative: true };
    vehicleIds.set(v.key, fields.id);
    mutations.push({ collection: 'vehicles', id: fields.id, tripId, fields });
  }
  const empty = { name: { en: '', zh: '' }, address: { en: '', zh: '' } };
  for (const r of logistics.rides) {
    const fields: Fresh<Ride> = {
      id: newId(),
      tripId,
      vehicleId: lookup(vehicleIds, r.vehicle, 'vehicle', sampleKey),
      pickUpAt: localToInstant(r.pickUp, r.timeZone),
      timeZone: r.timeZone,
      from: r.from,
      to: r.to ?? empty,
      memberIds: r.members.map(ids.member),
      notes: r.notes ?? '',
    };
    if (r.event !== undefined) fields.eventId = ids.event(r.event);
    if (r.contact !== undefined) fields.contactId = ids.contact(r.contact);
    mutations.push({ collection: 'rides', id: fields.id, tripId, fields });
  }
  return mutations;
}
