// The trip's Logistics tab: the cars and their drivers, the rides of a day (assigned in one action, adjusted by hand),
// and the hotels with their rooms. Everything comes from trips.get, so an edit anywhere shows here at once.
import type { TripDetail } from '../../../../shared/contract';
import { orderedMembers } from '../trips/tripLogic';
import { RidesPanel } from './RidesPanel';
import { StaysPanel } from './StaysPanel';
import { VehiclesPanel } from './VehiclesPanel';
import './logistics.css';

export function LogisticsTab({ detail }: { detail: TripDetail }) {
  const members = orderedMembers(detail.trip, detail.members);
  const tripId = detail.trip.id;
  return (
    <div className="logistics">
      <VehiclesPanel tripId={tripId} vehicles={detail.vehicles.filter((v) => !v.deleted)} />
      <RidesPanel detail={detail} members={members} />
      <StaysPanel tripId={tripId} stays={detail.stays.filter((s) => !s.deleted)} members={members} firstDay={detail.trip.startDate} lastDay={detail.trip.endDate} />
    </div>
  );
}
