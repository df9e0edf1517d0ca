// Logistics benchmark (issue 14): rides.assignDay through backend.dispatch for a 5-day trip of 30 members and 8 cars,
// four events a day, every day assigned in turn (each call replacing that day's rides, as a planner re-assigning
// does). One figure is one whole trip assigned; the median of several runs in one process is printed, with its spread.
// The logistics warnings on the assigned trip are timed too, as the Clashes tab computes them on every change.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBackend, type Backend } from '../../electron/backend';
import type { InputOf, Method, OutputOf } from '../../shared/contract';
import { findLogisticsWarnings } from '../../shared/domain/logistics/warnings';
import { addCalendarDays, instantFromLocal } from '../../shared/domain/time';
import type { BenchModule } from './module';
import { collectGarbage, reportSpread } from './report';
import { summarize } from './targets';

const MEMBERS = 30;
const CARS = 8;
const DAYS = 5;
const EVENTS_PER_DAY = 4;
const RUNS = 9;
const START = '2026-05-11';
const CN = 'Asia/Shanghai';

async function call<M extends Method>(backend: Backend, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const reply = await backend.dispatch(method, input);
  if (!reply.ok) throw new Error(`${method} failed: ${reply.error.message}`);
  return reply.result as OutputOf<M>;
}

async function seed(backend: Backend): Promise<{ tripId: string; days: string[] }> {
  const days = Array.from({ length: DAYS }, (_, i) => addCalendarDays(START, i));
  const trip = await call(backend, 'trips.create', {
    title: 'Logistics bench',
    startDate: days[0]!,
    endDate: days.at(-1)!,
    legs: [{ city: 'Shanghai', country: 'China', timeZone: CN, startDate: days[0]!, endDate: days.at(-1)! }],
  });
  const memberIds: string[] = [];
  for (let i = 0; i < MEMBERS; i++) memberIds.push((await call(backend, 'members.create', { name: { en: `Member ${String(i).padStart(2, '0')}` }, rank: 1 + (i % 12) })).id);
  await call(backend, 'trips.update', { id: trip.id, patch: { memberIds } });
  for (let c = 0; c < CARS; c++) await call(backend, 'vehicles.create', { tripId: trip.id, label: `Car ${c + 1}`, seats: c === 0 ? 3 : 4, plate: `SH ${1000 + c}` });
  const rooms = memberIds.map((id) => ({ memberIds: [id] }));
  await call(backend, 'stays.create', { tripId: trip.id, hotel: { en: 'Peninsula', zh: '半島酒店' }, checkIn: days[0]!, checkOut: days.at(-1)!, rooms });
  for (const day of days) {
    for (let e = 0; e < EVENTS_PER_DAY; e++) {
      const hour = String(9 + e * 2).padStart(2, '0');
      // Half the day's events take the whole delegation; the others a different half of it each.
      const who = e % 2 === 0 ? [] : memberIds.filter((_, i) => i % 2 === e % 4 >> 1);
      await call(backend, 'events.create', {
        tripId: trip.id, title: `Visit ${day} ${e}`, start: instantFromLocal(day, `${hour}:00`, CN), end: instantFromLocal(day, `${hour}:45`, CN), timeZone: CN,
        venue: { en: `Venue ${e}`, zh: `場地${e}` }, address: { en: `${e} Road`, zh: `${e}號路` }, memberIds: who,
      });
    }
  }
  return { tripId: trip.id, days };
}

export const logisticsBench: BenchModule = {
  name: 'logistics',
  async run() {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'dp-bench-logistics-'));
    const backend = await createBackend({ dataDir, clock: { now: () => Date.now() } });
    try {
      const { tripId, days } = await seed(backend);
      const assign: number[] = [];
      let rides = 0;
      for (let run = 0; run < RUNS; run++) {
        collectGarbage();
        const started = performance.now();
        rides = 0;
        for (const date of days) rides += (await call(backend, 'rides.assignDay', { tripId, date })).rides.length;
        assign.push(performance.now() - started);
      }
      // 4 events a day: two with all 30 members (8 cars), two with 15 (4 cars).
      if (rides !== DAYS * 2 * (CARS + 4)) throw new Error(`expected ${DAYS * 2 * (CARS + 4)} rides, made ${rides}`);
      reportSpread(`assign ${MEMBERS} members to ${CARS} cars, ${DAYS}-day trip`, summarize(assign, 'runs in one process'), 'ms');

      const detail = await call(backend, 'trips.get', { id: tripId });
      const warn: number[] = [];
      let found = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        found = findLogisticsWarnings(detail).length;
        warn.push(performance.now() - started);
      }
      reportSpread(`logistics warnings on that trip (${found} found)`, summarize(warn, 'runs in one process'), 'ms');
    } finally {
      await backend.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  },
};
