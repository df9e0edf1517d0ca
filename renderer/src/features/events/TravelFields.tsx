// A journey's fields in the event editor: how and by whom (mode, carrier, number), its two ends (city, station or
// airport, code, terminal), and each passenger's seat, class and booking reference. The passengers are the members
// ticked under "Who", so their rows follow that list.
import { useTranslation } from 'react-i18next';
import { TravelMode, type Member } from '../../../../shared/model';
import { Field } from '../../components/Field';
import { nameIn } from '../../i18n/names';
import type { EventErrors, EventValues } from './eventForm';
import { passengerValues, withPassenger, type PassengerValues } from './travelForm';

type TextProps = (key: keyof EventValues) => { value: string; onChange: (e: { target: { value: string } }) => void };
type Set = (patch: Partial<EventValues>) => void;

/** How, by whom, and the journey's two ends. */
export function RouteFields({ draft, errors, set, text }: { draft: EventValues; errors: EventErrors; set: Set; text: TextProps }) {
  const { t } = useTranslation();
  const end = (side: 'from' | 'to') => (
    <fieldset className="event-form__end">
      <legend>{t(side === 'from' ? 'events.place.from' : 'events.place.to')}</legend>
      <div className="event-form__row event-form__row--end">
        <Field label={t('events.place.cityEn')} error={errors[`${side}CityEn`]}>
          <input type="text" {...text(`${side}CityEn`)} lang="en" placeholder={side === 'from' ? 'Hangzhou' : 'Shanghai'} />
        </Field>
        <Field label={t('events.place.cityZh')} error={errors[`${side}CityZh`]}>
          <input type="text" {...text(`${side}CityZh`)} lang="zh-Hant" />
        </Field>
        <Field label={t('events.place.placeEn')} error={errors[`${side}PlaceEn`]}>
          <input type="text" {...text(`${side}PlaceEn`)} lang="en" placeholder={side === 'from' ? 'Hangzhou East Railway Station' : 'Shanghai Hongqiao Railway Station'} />
        </Field>
        <Field label={t('events.place.placeZh')} error={errors[`${side}PlaceZh`]}>
          <input type="text" {...text(`${side}PlaceZh`)} lang="zh-Hant" />
        </Field>
        <Field label={t('events.place.code')} error={errors[`${side}Code`]}>
          <input type="text" {...text(`${side}Code`)} maxLength={10} />
        </Field>
        <Field label={t('travel.editor.terminal')} error={errors[`${side}Terminal`]}>
          <input type="text" {...text(`${side}Terminal`)} maxLength={50} />
        </Field>
      </div>
    </fieldset>
  );
  return (
    <fieldset className="event-form__group">
      <legend>{t('events.place.route')}</legend>
      <div className="event-form__row event-form__row--journey">
        <Field label={t('travel.editor.mode')} error={errors.mode}>
          <select value={draft.mode} onChange={(e) => set({ mode: e.target.value as EventValues['mode'] })}>
            <option value="">{t('travel.editor.modeUnset')}</option>
            {TravelMode.options.map((mode) => (
              <option key={mode} value={mode}>
                {t(`travel.mode.${mode}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('travel.editor.carrier')} error={errors.carrier} hint={t('travel.editor.carrierHint')}>
          <input type="text" {...text('carrier')} maxLength={100} placeholder="CX" />
        </Field>
        <Field label={t('travel.editor.number')} error={errors.number}>
          <input type="text" {...text('number')} maxLength={20} placeholder="906" />
        </Field>
      </div>
      <p className="muted event-form__hint">{t('events.place.routeHint')}</p>
      {end('from')}
      {end('to')}
    </fieldset>
  );
}

const cabins = ['economy', 'premiumEconomy', 'business', 'first'] as const;

/** Each passenger's seat, class and booking reference, one row per member on the journey. */
export function PassengerFields({ draft, members, set }: { draft: EventValues; members: Member[]; set: Set }) {
  const { t, i18n } = useTranslation();
  const byId = new Map(members.map((m) => [m.id, m]));
  const change = (next: PassengerValues): void => set({ passengers: withPassenger(draft, next) });
  return (
    <fieldset className="event-form__group">
      <legend>{t('travel.editor.passengers')}</legend>
      {draft.memberIds.length === 0 ? (
        <p className="muted event-form__hint">{t('travel.editor.noPassengers')}</p>
      ) : (
        <table className="passenger-table">
          <thead>
            <tr>
              <th scope="col">{t('travel.editor.passenger')}</th>
              <th scope="col">{t('travel.editor.seat')}</th>
              <th scope="col">{t('travel.editor.cabin')}</th>
              <th scope="col">{t('travel.editor.bookingRef')}</th>
            </tr>
          </thead>
          <tbody>
            {draft.memberIds.map((memberId) => {
              const member = byId.get(memberId);
              const name = member ? nameIn(member.name, i18n.language) : t('travel.unknownMember');
              const values = passengerValues(draft, memberId);
              const input = (key: 'seat' | 'cabin' | 'bookingRef', label: string, extra: Record<string, unknown> = {}) => (
                <input type="text" value={values[key]} aria-label={t('travel.editor.cellLabel', { field: label, name })} onChange={(e) => change({ ...values, [key]: e.target.value })} {...extra} />
              );
              return (
                <tr key={memberId}>
                  <th scope="row">{name}</th>
                  <td>{input('seat', t('travel.editor.seat'), { maxLength: 20 })}</td>
                  <td>{input('cabin', t('travel.editor.cabin'), { maxLength: 50, list: 'travel-cabins' })}</td>
                  <td>{input('bookingRef', t('travel.editor.bookingRef'), { maxLength: 50 })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <datalist id="travel-cabins">
        {cabins.map((cabin) => (
          <option key={cabin} value={t(`travel.cabin.${cabin}`)} />
        ))}
      </datalist>
    </fieldset>
  );
}
