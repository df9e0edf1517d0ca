// A day's rides: "Assign cars for this day" (rides.assignDay, asking first when it replaces rides), then each ride's
// pick-up, places, car and passengers in order of precedence, where a member is moved to another car with a select
// (keyboard reachable: Tab to it, arrow keys to the car); the backend moves them in one undoable step.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import type { Member, Ride, Vehicle } from '../../../../shared/model';
import { findLogisticsWarnings } from '../../../../shared/domain/logistics/warnings';
import { tripDays } from '../../../../shared/domain/time';
import { useCall, useMutate } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { useFormat } from '../../i18n/format';
import { listSeparator, nameIn } from '../../i18n/names';
import { warningText, warningsOfDay } from './dayWarnings';
import { inPrecedence, overSeats, ridesOnDay } from './rideModel';
import { useErrorReason } from './useSaveError';

export function RidesPanel({ detail, members }: { detail: TripDetail; members: Member[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const toast = useToast();
  const reason = useErrorReason();
  const days = tripDays(detail.trip);
  const [date, setDate] = useState(() => days[0]?.date ?? detail.trip.startDate);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'unseated'; names: string } | { kind: 'failed'; reason: string }>();
  const assign = useMutate('rides.assignDay');
  const moveMember = useMutate('rides.moveMember');
  const remove = useMutate('rides.delete');
  const tripId = detail.trip.id;
  const vehicles = detail.vehicles.filter((v) => !v.deleted);
  const vehicleById = new Map(vehicles.map((v) => [v.id, v]));
  const memberById = new Map(members.map((m) => [m.id, m]));
  const nameOf = (id: string) => (memberById.get(id) ? nameIn(memberById.get(id)!.name, i18n.language) : id);
  const dayRides = ridesOnDay(detail.rides, date, vehicles.map((v) => v.id));
  const settings = useCall('settings.get', {}).data;
  const warnings = warningsOfDay(
    findLogisticsWarnings({ ...detail, settings: settings && { travelWindowDays: settings.travelWindowDays, pickUpMarginMinutes: settings.pickUpMarginMinutes, rideMinutes: settings.rideMinutes } }),
    date,
    dayRides.map((r) => r.id),
  );
  const warningNames = {
    member: nameOf,
    car: (id: string) => vehicleById.get(id)?.label ?? id,
    date: (d: string) => format.date(d),
    list: (items: string[]) => items.join(listSeparator(i18n.language)),
  };

  const runAssign = () => {
    setConfirming(false);
    setOutcome(undefined);
    assign.mutate(
      { tripId, date },
      {
        onSuccess: (answer) => {
          toast(t('logistics.rides.assigned', { count: answer.rides.length }));
          if (answer.unseated.length > 0) setOutcome({ kind: 'unseated', names: inPrecedence(answer.unseated, members).map(nameOf).join(', ') });
        },
        onError: (error) => setOutcome({ kind: 'failed', reason: reason(error) }),
      },
    );
  };

  // One call, one undo step: the backend takes the member out of this ride and into the other car's (rides.moveMember).
  const move = async (ride: Ride, memberId: string, toVehicle: Vehicle) => {
    try {
      await moveMember.mutateAsync({ tripId, memberId, fromRideId: ride.id, toVehicleId: toVehicle.id });
      toast(t('logistics.rides.moved', { name: nameOf(memberId), car: toVehicle.label }));
    } catch (error) {
      toast(t('logistics.rides.moveFailed', { name: nameOf(memberId), reason: reason(error) }));
    }
  };

  return (
    <section className="panel logistics-panel logistics-rides" aria-labelledby="rides-heading">
      <div className="logistics-panel__head">
        <h2 id="rides-heading">{t('logistics.rides.heading')}</h2>
        <label className="logistics-day">
          <span>{t('logistics.rides.day')}</span>
          <select value={date} onChange={(e) => setDate(e.target.value)}>
            {days.map((day, index) => (
              <option key={day.date} value={day.date}>
                {t('logistics.rides.dayOption', { n: index + 1, date: format.date(day.date, true) })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="logistics-assign">
        <button
          type="button"
          className="button button--primary"
          disabled={assign.isPending || vehicles.length === 0}
          onClick={() => (dayRides.length > 0 ? setConfirming(true) : runAssign())}
          aria-describedby="assign-hint"
        >
          {assign.isPending ? t('logistics.rides.assigning') : t('logistics.rides.assign')}
        </button>
        <p id="assign-hint" className="field__hint">
          {vehicles.length === 0 ? t('logistics.rides.noCars') : t('logistics.rides.assignHint')}
        </p>
      </div>
      {outcome?.kind === 'failed' && (
        <p className="callout callout--error" role="alert">
          {t('logistics.rides.failed', { reason: outcome.reason })}
        </p>
      )}
      {outcome?.kind === 'unseated' && (
        <p className="callout logistics-callout--warning" role="alert">
          {t('logistics.rides.unseated', { names: outcome.names })}
        </p>
      )}
      {warnings.length > 0 && (
        <section className="logistics-warnings" aria-label={t('logistics.rides.warnings')}>
          <ul>
            {warnings.map((w, index) => (
              <li key={`${w.kind}-${index}`}>
                <span aria-hidden="true">⚠ </span>
                {warningText(t, w, warningNames)}
              </li>
            ))}
          </ul>
        </section>
      )}
      {dayRides.length === 0 ? (
        <p className="muted">{t('logistics.rides.empty')}</p>
      ) : (
        <ol className="logistics-ride-list">
          {dayRides.map((ride) => {
            const car = vehicleById.get(ride.vehicleId);
            const time = format.time(ride.pickUpAt, ride.timeZone);
            const event = ride.eventId ? detail.events.find((e) => e.id === ride.eventId) : undefined;
            const to = ride.to.name.en || ride.to.name.zh ? placeName(ride.to.name, i18n.language) : (event?.title ?? '');
            const over = overSeats(ride, car?.seats);
            const carLabel = car?.label ?? ride.vehicleId;
            return (
              <li key={ride.id} className="logistics-ride" aria-label={`${time} ${carLabel}`}>
                <div className="logistics-ride__head">
                  <span className="logistics-ride__time">{t('logistics.rides.pickUp', { time })}</span>
                  <strong>{carLabel}</strong>
                  {car?.plate && <span className="logistics-plate">{car.plate}</span>}
                  {car && (car.driver.name.en || car.driver.name.zh) && (
                    <span className="muted">
                      {car.driver.name.en} <span lang="zh">{car.driver.name.zh}</span>
                    </span>
                  )}
                  <button type="button" className="button button--small button--quiet-danger logistics-ride__delete" onClick={() => remove.mutate({ tripId, id: ride.id })} aria-label={t('logistics.rides.deleteRide', { time, car: carLabel })}>
                    {t('logistics.common.delete')}
                  </button>
                </div>
                <p className="logistics-ride__route">
                  {(ride.from.name.en || ride.from.name.zh) && <span>{placeName(ride.from.name, i18n.language)}</span>}
                  {to && (
                    <>
                      <span aria-hidden="true"> → </span>
                      <span className="visually-hidden">{t('logistics.rides.to')}</span> {to}
                    </>
                  )}
                  {event && event.title !== to && <span className="muted"> · {event.title}</span>}
                </p>
                {over > 0 && <p className="logistics-over">{t('logistics.rides.overSeats', { count: over })}</p>}
                {ride.memberIds.length === 0 ? (
                  <p className="muted">{t('logistics.rides.noPassengers')}</p>
                ) : (
                  <ol className="logistics-passengers" aria-label={t('logistics.rides.passengers')}>
                    {inPrecedence(ride.memberIds, members).map((memberId) => (
                      <li key={memberId} className="logistics-passenger">
                        <span>{nameOf(memberId)}</span>
                        {vehicles.length > 1 && (
                          <select
                            className="logistics-move"
                            value=""
                            aria-label={t('logistics.rides.moveTo', { name: nameOf(memberId) })}
                            onChange={(e) => {
                              const target = vehicleById.get(e.target.value);
                              if (target) void move(ride, memberId, target);
                            }}
                          >
                            <option value="">{t('logistics.rides.moveChoose')}</option>
                            {vehicles
                              .filter((v) => v.id !== ride.vehicleId)
                              .map((v) => (
                                <option key={v.id} value={v.id}>
                                  {v.label}
                                </option>
                              ))}
                          </select>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('logistics.rides.replaceTitle')}
          body={t('logistics.rides.replaceBody', { count: dayRides.length, date: format.date(date, true) })}
          confirm={t('logistics.rides.replace')}
          keep={t('logistics.rides.keep')}
          onConfirm={runAssign}
          onKeep={() => setConfirming(false)}
        />
      )}
    </section>
  );
}

function placeName(name: { en: string; zh: string }, language: string): string {
  return language.startsWith('zh') ? name.zh || name.en : name.en || name.zh;
}
