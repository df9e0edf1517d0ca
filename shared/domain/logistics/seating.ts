// Seating a delegation in its cars by order of precedence: the principal (the lowest rank) first, in the first car,
// then each member in turn, every car filled up to its seats before the next is used. Pure.

export interface SeatMember {
  id: string;
  rank: number;
  /** English name, the tie-break when two members share a rank (precedence order everywhere). */
  name?: { en: string };
}

export interface SeatVehicle {
  id: string;
  seats: number;
}

export interface Seating {
  byVehicle: Record<string, string[]>;
  /** Members who found no seat, in precedence order. */
  unseated: string[];
}

/** Order of precedence: rank ascending, then English name, then id so the order never depends on the input's. */
export function byPrecedence<M extends SeatMember>(members: readonly M[]): M[] {
  return [...members].sort(
    (a, b) => a.rank - b.rank || (a.name?.en ?? '').localeCompare(b.name?.en ?? '') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Vehicles are used in the order given (the first is the principal's car); a member listed twice is seated once. */
export function seatByPrecedence(members: readonly SeatMember[], vehicles: readonly SeatVehicle[]): Seating {
  const byVehicle: Record<string, string[]> = Object.fromEntries(vehicles.map((v) => [v.id, [] as string[]]));
  const unseated: string[] = [];
  const seen = new Set<string>();
  let car = 0;
  for (const m of byPrecedence(members)) {
    if (seen.has(m.id)) continue;
    seen.add(m.id);
    while (car < vehicles.length && byVehicle[vehicles[car]!.id]!.length >= Math.max(0, vehicles[car]!.seats)) car += 1;
    if (car < vehicles.length) byVehicle[vehicles[car]!.id]!.push(m.id);
    else unseated.push(m.id);
  }
  return { byVehicle, unseated };
}
