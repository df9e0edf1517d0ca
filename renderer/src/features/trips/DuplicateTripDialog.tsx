// Reuse a trip: a copy on new dates (every event shifts with it, in its own zone), then open the copy.
// DuplicateTripButton is the one-line way to offer it from the trip page and the trip list.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { navigate } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { describeError } from '../../components/ErrorMessage';
import { DateField } from '../../components/DateTimeField';
import { Field } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { useFormat } from '../../i18n/format';
import { duplicateEndDate, tripLength } from './overviewLogic';

const formId = 'duplicate-trip-form';

export function DuplicateTripDialog({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const written = useWritten();
  const toast = useToast();
  const [title, setTitle] = useState<string>(t('events.duplicateTrip.defaultTitle', { title: trip.title }));
  const [startDate, setStartDate] = useState('');
  const [errors, setErrors] = useState<{ title?: string; startDate?: string; form?: string }>({});
  const [saving, setSaving] = useState(false);
  const endDate = duplicateEndDate(trip, startDate);
  const days = tripLength(trip);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!title.trim()) found.title = t('events.duplicateTrip.needTitle');
    if (!startDate) found.startDate = t('events.duplicateTrip.needStart');
    else if (!endDate) found.startDate = t('events.errors.date');
    setErrors(found);
    if (Object.keys(found).length > 0 || saving) return;
    setSaving(true);
    try {
      const input = { id: trip.id, startDate, title: title.trim() };
      const copy = await client.call('trips.duplicate', input);
      written('trips.duplicate', input, copy);
      onClose();
      toast(t('events.duplicateTrip.done', { title: copy.title }));
      navigate({ page: 'trip', id: copy.id, tab: 'overview' });
    } catch (error) {
      const { key, detail } = describeError(error);
      setErrors({ form: detail ? `${t(`errors.${key}`)} ${t('errors.detail', { message: detail })}` : t(`errors.${key}`) });
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={t('events.duplicateTrip.title')}
      onClose={onClose}
      describedBy="duplicate-trip-intro"
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={saving}>
            {saving ? t('common.saving') : t('events.duplicateTrip.confirm')}
          </button>
        </>
      }
    >
      <form id={formId} onSubmit={(e) => void submit(e)} noValidate>
        <p id="duplicate-trip-intro" className="muted">
          {t('events.duplicateTrip.intro', { title: trip.title, range: format.range(trip.startDate, trip.endDate) })}
        </p>
        {errors.form && (
          <div className="callout callout--error" role="alert">
            <p className="callout__title">{t('events.duplicateTrip.failed')}</p>
            <p className="callout__detail">{errors.form}</p>
          </div>
        )}
        <Field label={t('events.duplicateTrip.newTitle')} error={errors.title}>
          <input
            type="text"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              setErrors((x) => ({ ...x, title: undefined }));
            }}
            data-autofocus
          />
        </Field>
        <Field
          label={t('events.duplicateTrip.newStart')}
          error={errors.startDate}
          hint={endDate ? t('events.duplicateTrip.endsOn', { date: format.date(endDate, true), count: days }) : t('events.duplicateTrip.startHint', { count: days })}
        >
          <DateField
            value={startDate}
            onChange={(next) => {
              setStartDate(next);
              setErrors((x) => ({ ...x, startDate: undefined }));
            }}
          />
        </Field>
      </form>
    </Dialog>
  );
}

/** A "Duplicate…" button that opens the dialog for one trip. */
export function DuplicateTripButton({ trip, small = false }: { trip: Trip; small?: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className={small ? 'button button--small' : 'button'}
        aria-label={small ? t('events.duplicateTrip.buttonNamed', { title: trip.title }) : undefined}
        onClick={() => setOpen(true)}
      >
        {t('events.duplicateTrip.button')}
      </button>
      {open && <DuplicateTripDialog trip={trip} onClose={() => setOpen(false)} />}
    </>
  );
}
