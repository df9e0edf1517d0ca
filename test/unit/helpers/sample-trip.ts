// A sample trip as the stored records a screen or an export reads: the trip and its events, parsed by the shared
// schemas (so defaults are filled in as the store fills them).
import { buildSample } from '../../../electron/backend/samples/build';
import { samples } from '../../../electron/backend/samples';
import { Trip, TripEvent } from '../../../shared/model';

const meta = { createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' };

export function sampleTrip(key: string): { trip: Trip; events: TripEvent[]; byTitle(part: string): TripEvent } {
  const sample = samples.find((s) => s.key === key);
  if (!sample) throw new Error(`no sample ${key}`);
  let n = 0;
  const built = buildSample(sample, { members: [], organisations: [], contacts: [] }, () => `id${++n}`);
  const trip = Trip.parse({ ...meta, ...built.mutations.find((m) => m.collection === 'trips')!.fields });
  const events = built.mutations.filter((m) => m.collection === 'events').map((m) => TripEvent.parse({ ...meta, ...m.fields }));
  const byTitle = (part: string) => {
    const found = events.find((e) => e.title.includes(part));
    if (!found) throw new Error(`no event "${part}" in ${key}`);
    return found;
  };
  return { trip, events, byTitle };
}
