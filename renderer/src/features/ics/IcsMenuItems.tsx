// PLACEHOLDER while issue 5 is built in parallel: menu items for the trip's Export menu, replaced before anything lands.
import type { TripDetail } from '../../../../shared/contract';

export function IcsMenuItems(_props: { detail: TripDetail; close: () => void }) {
  return null;
}
