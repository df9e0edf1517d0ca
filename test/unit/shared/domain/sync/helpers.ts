// Builders for sync tests: stamped changes without a store.
import type { Change } from '../../../../../shared/model/change';
import { formatHlc } from '../../../../../shared/domain/hlc';

export function stamp(ms: number, device: string, counter = 0): string {
  return formatHlc({ ms, counter, device });
}

export function change(device: string, ms: number, id: string, fields: Record<string, unknown>, extra: Partial<Change> = {}): Change {
  return { collection: 'events', id, tripId: 't1', fields, hlc: stamp(ms, device), device, at: '2025-01-01T00:00:00.000Z', ...extra };
}
