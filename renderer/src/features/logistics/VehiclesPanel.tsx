// The trip's cars, each with its type, seats, plate, provider and driver; add, edit and delete (its rides go with it).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vehicle } from '../../../../shared/model';
import { useMutate } from '../../api/query';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { VehicleDialog } from './VehicleDialog';
import { useErrorReason } from './useSaveError';

export function VehiclesPanel({ tripId, vehicles }: { tripId: string; vehicles: Vehicle[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const reason = useErrorReason();
  const [editing, setEditing] = useState<Vehicle | 'new'>();
  const [deleting, setDeleting] = useState<Vehicle>();
  const remove = useMutate('vehicles.delete');

  return (
    <section className="panel logistics-panel logistics-vehicles" aria-labelledby="vehicles-heading">
      <div className="logistics-panel__head">
        <h2 id="vehicles-heading">{t('logistics.vehicles.heading')}</h2>
        <button type="button" className="button" onClick={() => setEditing('new')}>
          {t('logistics.vehicles.add')}
        </button>
      </div>
      {vehicles.length === 0 ? (
        <p className="muted">{t('logistics.vehicles.empty')}</p>
      ) : (
        <ul className="logistics-cards">
          {vehicles.map((v) => (
            <li key={v.id} className="logistics-card" aria-label={v.label}>
              <p className="logistics-card__title">
                <strong>{v.label}</strong>
                {v.plate && <span className="logistics-plate">{v.plate}</span>}
              </p>
              <p className="muted">
                {t(`logistics.vehicles.types.${v.type}`)} · {t('logistics.vehicles.seatsCount', { count: v.seats })}
                {v.provider && ` · ${v.provider}`}
              </p>
              <p>
                {v.driver.name.en || v.driver.name.zh ? (
                  <>
                    {v.driver.name.en}
                    {v.driver.name.zh && (
                      <span lang="zh" className="logistics-alt">
                        {v.driver.name.zh}
                      </span>
                    )}
                    {v.driver.phone && (
                      <a className="logistics-phone" href={`tel:${v.driver.phone.replace(/\s+/g, '')}`}>
                        {v.driver.phone}
                      </a>
                    )}
                  </>
                ) : (
                  <span className="muted">{t('logistics.vehicles.noDriver')}</span>
                )}
              </p>
              <div className="logistics-card__actions">
                <button type="button" className="button button--small" onClick={() => setEditing(v)} aria-label={t('logistics.vehicles.editNamed', { name: v.label })}>
                  {t('common.edit')}
                </button>
                <button type="button" className="button button--small button--quiet-danger" onClick={() => setDeleting(v)} aria-label={t('logistics.vehicles.delete', { name: v.label })}>
                  {t('logistics.common.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && <VehicleDialog tripId={tripId} vehicle={editing === 'new' ? undefined : editing} onClose={() => setEditing(undefined)} />}
      {deleting && (
        <ConfirmDialog
          title={t('logistics.vehicles.delete', { name: deleting.label })}
          body={t('logistics.vehicles.deleteBody', { name: deleting.label })}
          confirm={t('logistics.common.delete')}
          keep={t('logistics.common.keep')}
          onKeep={() => setDeleting(undefined)}
          onConfirm={() => {
            const vehicle = deleting;
            setDeleting(undefined);
            remove.mutate({ tripId, id: vehicle.id }, { onError: (error) => toast(t('logistics.common.saveFailed', { reason: reason(error) })) });
          }}
        />
      )}
    </section>
  );
}
