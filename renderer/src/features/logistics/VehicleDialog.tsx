// Adds or edits one vehicle with its driver (names in English and Chinese: a local driver reads Chinese). The backend
// checks every field; a refusal is shown with what was typed kept.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vehicle, VehicleType } from '../../../../shared/model';
import { useMutate } from '../../api/query';
import { Dialog } from '../../components/Dialog';
import { useDiscardGuard } from '../../components/forms/DiscardPrompt';
import { Field } from '../../components/Field';
import { useErrorReason } from './useSaveError';

const vehicleTypes: VehicleType[] = ['sedan', 'mpv', 'van', 'minibus', 'coach', 'other'];
const formId = 'vehicle-form';

type Draft = Pick<Vehicle, 'label' | 'type' | 'seats' | 'plate' | 'provider' | 'driver'>;

function draftOf(vehicle: Vehicle | undefined): Draft {
  return {
    label: vehicle?.label ?? '',
    type: vehicle?.type ?? 'sedan',
    seats: vehicle?.seats ?? 4,
    plate: vehicle?.plate ?? '',
    provider: vehicle?.provider ?? '',
    driver: vehicle?.driver ?? { name: { en: '', zh: '' }, phone: '' },
  };
}

export function VehicleDialog({ tripId, vehicle, onClose }: { tripId: string; vehicle?: Vehicle; onClose: () => void }) {
  const { t } = useTranslation();
  const reason = useErrorReason();
  const [draft, setDraft] = useState<Draft>(() => draftOf(vehicle));
  // Escape, Cancel, × and leaving the page ask before typed changes are lost, as every editing form does.
  const [initial] = useState(() => JSON.stringify(draft));
  const guard = useDiscardGuard(JSON.stringify(draft) !== initial, onClose);
  const create = useMutate('vehicles.create');
  const update = useMutate('vehicles.update');
  const [error, setError] = useState<string>();
  const busy = create.isPending || update.isPending;
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setDriver = (patch: { en?: string; zh?: string; phone?: string }) =>
    setDraft((d) => ({
      ...d,
      driver: { name: { en: patch.en ?? d.driver.name.en, zh: patch.zh ?? d.driver.name.zh }, phone: patch.phone ?? d.driver.phone },
    }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setError(undefined);
    try {
      if (vehicle) await update.mutateAsync({ id: vehicle.id, tripId, patch: draft });
      else await create.mutateAsync({ tripId, ...draft });
      guard.release();
      onClose();
    } catch (caught) {
      setError(t('logistics.common.saveFailed', { reason: reason(caught) }));
    }
  };

  return (
    <>
      <Dialog
        title={vehicle ? t('logistics.vehicles.edit') : t('logistics.vehicles.title')}
        onClose={guard.close}
        footer={
          <>
            <button type="button" className="button" onClick={guard.close}>
              {t('common.cancel')}
            </button>
            <button type="submit" form={formId} className="button button--primary" disabled={busy}>
              {busy ? t('logistics.common.saving') : t('logistics.common.save')}
            </button>
          </>
        }
      >
        <form id={formId} className="logistics-form" onSubmit={(e) => void submit(e)} noValidate>
          <div className="logistics-form__grid">
            <Field label={t('logistics.vehicles.label')} hint={t('logistics.vehicles.labelHint')}>
              <input type="text" value={draft.label} onChange={(e) => set({ label: e.target.value })} required data-autofocus />
            </Field>
            <Field label={t('logistics.vehicles.type')}>
              <select value={draft.type} onChange={(e) => set({ type: e.target.value as VehicleType })}>
                {vehicleTypes.map((type) => (
                  <option key={type} value={type}>
                    {t(`logistics.vehicles.types.${type}`)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('logistics.vehicles.seats')}>
              <input type="number" min={1} max={100} value={draft.seats} onChange={(e) => set({ seats: Math.max(1, Math.round(Number(e.target.value) || 1)) })} />
            </Field>
            <Field label={t('logistics.vehicles.plate')}>
              <input type="text" value={draft.plate} onChange={(e) => set({ plate: e.target.value })} />
            </Field>
            <Field label={t('logistics.vehicles.driverEn')}>
              <input type="text" value={draft.driver.name.en} onChange={(e) => setDriver({ en: e.target.value })} />
            </Field>
            <Field label={t('logistics.vehicles.driverZh')}>
              <input type="text" lang="zh" value={draft.driver.name.zh} onChange={(e) => setDriver({ zh: e.target.value })} />
            </Field>
            <Field label={t('logistics.vehicles.driverPhone')}>
              <input type="tel" value={draft.driver.phone} onChange={(e) => setDriver({ phone: e.target.value })} />
            </Field>
            <Field label={t('logistics.vehicles.provider')}>
              <input type="text" value={draft.provider} onChange={(e) => set({ provider: e.target.value })} />
            </Field>
          </div>
          {error && (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          )}
        </form>
      </Dialog>
      {guard.prompt}
    </>
  );
}
