// The trip's clash warnings: shared/domain/clashes.ts run with this device's rules (settings.get) and today's date,
// recomputed only when the trip, the rules or the day change.
import { useMemo } from 'react';
import type { TripDetail } from '../../../../shared/contract';
import { findClashes, type Clash } from '../../../../shared/domain/clashes';
import { useCall } from '../../api/query';
import { today } from '../../i18n/format';

export function useClashSettings() {
  return useCall('settings.get', {});
}

export function useClashes(detail: TripDetail | undefined): { clashes: Clash[]; byEvent: Map<string, Clash[]> } {
  const settings = useClashSettings().data;
  const day = today();
  return useMemo(() => {
    const byEvent = new Map<string, Clash[]>();
    if (!detail) return { clashes: [], byEvent };
    const clashes = findClashes({
      trip: detail.trip,
      events: detail.events,
      members: detail.members,
      contacts: detail.contacts,
      settings,
      today: day,
    });
    for (const clash of clashes) {
      for (const id of clash.eventIds) byEvent.set(id, [...(byEvent.get(id) ?? []), clash]);
    }
    return { clashes, byEvent };
  }, [detail, settings, day]);
}
