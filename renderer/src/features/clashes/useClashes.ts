// The trip's clash warnings: shared/domain/clashes.ts run with this device's rules (settings.get) and today's date,
// and the logistics warnings beside them (shared/domain/logistics/warnings.ts), recomputed only when the trip, the
// rules or the day change.
import { useMemo } from 'react';
import type { TripDetail } from '../../../../shared/contract';
import { findClashes, type Clash } from '../../../../shared/domain/clashes';
import { findLogisticsWarnings, type LogisticsWarning } from '../../../../shared/domain/logistics/warnings';
import { useCall } from '../../api/query';
import { today } from '../../i18n/format';

export function useClashSettings() {
  return useCall('settings.get', {});
}

export interface TripWarnings {
  clashes: Clash[];
  byEvent: Map<string, Clash[]>;
  logistics: LogisticsWarning[];
  /** Clashes and logistics warnings together: the Clashes tab's count. */
  count: number;
}

export function useClashes(detail: TripDetail | undefined): TripWarnings {
  const settings = useClashSettings().data;
  const day = today();
  return useMemo(() => {
    const byEvent = new Map<string, Clash[]>();
    if (!detail) return { clashes: [], byEvent, logistics: [], count: 0 };
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
    const logistics = findLogisticsWarnings({ ...detail, settings });
    return { clashes, byEvent, logistics, count: clashes.length + logistics.length };
  }, [detail, settings, day]);
}
