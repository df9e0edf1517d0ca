// PLACEHOLDER while issue 5 is built in parallel: the trip page's "Export" menu, replaced before anything lands.
import type { TripDetail } from '../../../../shared/contract';

export function TripExportMenu(_props: { detail: TripDetail }) {
  return null;
}
