// The sample trips offered on first run: what they are, and loading them into the store without duplicates.
import type { Trip } from '../../../shared/model';
import { BackendError } from '../errors';
import type { Store } from '../store/types';
import { buildSample, type Directory } from './build';
import { cyberportBeijingSymposium2024 } from './data/cyberport-beijing-symposium-2024';
import { hkstpBeijing2025 } from './data/hkstp-beijing-2025';
import { oasesHangzhouShanghai2025 } from './data/oases-hangzhou-shanghai-2025';
import { oasesSigningCeremony } from './data/oases-signing-ceremony';
import type { SampleTrip } from './types';

/** Newest first, the order the first-run offer lists them in. */
export const samples: readonly SampleTrip[] = [hkstpBeijing2025, oasesHangzhouShanghai2025, oasesSigningCeremony, cyberportBeijingSymposium2024];

export interface SampleSummary {
  key: string;
  title: string;
  summary: string;
  startDate: string;
  endDate: string;
}

export function listSamples(): SampleSummary[] {
  return samples.map(({ key, title, summary, startDate, endDate }) => ({ key, title, summary, startDate, endDate }));
}

/** Keys of the samples already present as live trips (for the offer's "loaded" ticks). */
export function sampleKeysLoaded(trips: readonly Trip[]): Set<string> {
  const keys = new Set<string>();
  for (const t of trips) if (!t.deleted && t.sampleKey !== undefined) keys.add(t.sampleKey);
  return keys;
}

/** Checks every key before loading anything, so a typo never leaves half the request applied. */
function chosenSamples(keys: readonly string[] | undefined): SampleTrip[] {
  if (keys === undefined) return [...samples];
  const chosen: SampleTrip[] = [];
  for (const key of new Set(keys)) {
    const sample = samples.find((s) => s.key === key);
    if (!sample) {
      throw new BackendError('invalid-input', `There is no sample trip "${key}"; nothing was loaded. Known samples: ${samples.map((s) => s.key).join(', ')}.`, { key });
    }
    chosen.push(sample);
  }
  return chosen;
}

/**
 * Loads the chosen samples (all when `keys` is undefined), one `store.apply` per trip so each lands whole or not at all.
 * A sample whose trip is already live is skipped, which makes this safe to call twice; a sample deleted by the user can be
 * loaded again. Returns only the trips created by this call.
 */
export async function loadSamples(store: Store, keys?: string[]): Promise<Trip[]> {
  const chosen = chosenSamples(keys);
  const loaded: Trip[] = [];
  for (const sample of chosen) {
    if (sampleKeysLoaded(await store.all('trips')).has(sample.key)) continue;
    // Re-read the directory for every sample: the previous one may have created people the next one shares.
    const directory: Directory = {
      members: (await store.all('members')).filter((r) => !r.deleted),
      organisations: (await store.all('organisations')).filter((r) => !r.deleted),
      contacts: (await store.all('contacts')).filter((r) => !r.deleted),
    };
    const { tripId, mutations } = buildSample(sample, directory);
    await store.apply(mutations);
    const trip = await store.get('trips', tripId);
    if (!trip) throw new Error(`Sample trip "${sample.key}" was applied but cannot be read back (id ${tripId}).`);
    loaded.push(trip);
  }
  return loaded;
}
