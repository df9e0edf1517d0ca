// The legs of a trip as editable rows: one city each, with its country, zone and dates.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';
import { DateField } from '../../components/DateTimeField';
import { TimeZonePicker } from '../../components/TimeZonePicker';
import type { FieldErrors, LegValues } from './tripForm';

interface LegsEditorProps {
  legs: LegValues[];
  errors: FieldErrors;
  onChange: (index: number, patch: Partial<LegValues>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
}

export function LegsEditor({ legs, errors, onChange, onAdd, onRemove }: LegsEditorProps) {
  const { t } = useTranslation();
  // Add a leg puts the keyboard in the new leg's first field, where the user goes on typing.
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    list.current?.lastElementChild?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [legs.length]);
  return (
    <fieldset className="legs">
      <legend>{t('form.legs')}</legend>
      <p className="field__hint">{t('form.legsHint')}</p>
      {legs.length === 0 && <p className="legs__empty">{t('form.noLegs')}</p>}
      <ol className="legs__list" ref={list}>
        {legs.map((leg, index) => {
          const n = index + 1;
          const at = `legs.${index}`;
          const label = (key: 'form.city' | 'form.country' | 'form.timeZone' | 'form.startDate' | 'form.endDate') => (
            <>
              {t(key)}
              <span className="visually-hidden">{t('form.legSuffix', { n })}</span>
            </>
          );
          return (
            <li key={leg.key} className="leg">
              <div className="leg__head">
                <h4>{t('form.leg', { n })}</h4>
                <button type="button" className="button button--small button--quiet" onClick={() => onRemove(index)}>
                  {t('form.removeLeg', { n })}
                </button>
              </div>
              {errors[at] && (
                <p className="field__error" role="alert">
                  <span aria-hidden="true">⚠ </span>
                  {errors[at]}
                </p>
              )}
              <div className="leg__grid">
                <Field label={label('form.city')} error={errors[`${at}.city`]}>
                  <input type="text" value={leg.city} onChange={(e) => onChange(index, { city: e.target.value })} />
                </Field>
                <Field label={label('form.country')} error={errors[`${at}.country`]}>
                  <input type="text" value={leg.country} onChange={(e) => onChange(index, { country: e.target.value })} />
                </Field>
                <Field label={label('form.timeZone')} error={errors[`${at}.timeZone`]}>
                  <TimeZonePicker value={leg.timeZone} at={leg.startDate} onChange={(timeZone) => onChange(index, { timeZone })} />
                </Field>
                <Field label={label('form.startDate')} error={errors[`${at}.startDate`]}>
                  <DateField value={leg.startDate} onChange={(startDate) => onChange(index, { startDate })} />
                </Field>
                <Field label={label('form.endDate')} error={errors[`${at}.endDate`]}>
                  <DateField value={leg.endDate} onChange={(endDate) => onChange(index, { endDate })} openAt={leg.startDate} />
                </Field>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button"
        onClick={() => {
          added.current = true;
          onAdd();
        }}
      >
        <span aria-hidden="true">＋ </span>
        {t('form.addLeg')}
      </button>
    </fieldset>
  );
}
