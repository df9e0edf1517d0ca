// "This laptop is …": the delegation member who uses this laptop, chosen here (or when first writing a note) and sent
// to the other laptops with the next sync, so their reports name this laptop by that person.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '../../../../shared/contract';
import { useCall } from '../../api/query';
import { WhoAmI } from '../notes/WhoAmI';

export function ThisLaptop({ me, onChosen }: { me: SyncStatus['me']; onChosen: () => void }) {
  const { t } = useTranslation();
  const [choosing, setChoosing] = useState(false);
  const members = useCall('members.list', {});
  const live = (members.data ?? []).filter((m) => !m.deleted);
  const name = me?.memberName;
  return (
    <section className="sync-card sync-this-laptop" aria-labelledby="sync-this-laptop-title">
      <h2 id="sync-this-laptop-title">{t('sync.thisLaptop.title')}</h2>
      {choosing || !name ? (
        <>
          {!name && <p className="sync-muted">{t('sync.thisLaptop.none')}</p>}
          <WhoAmI
            tripMemberIds={[]}
            members={live}
            current={name ? me?.memberId : undefined}
            onChosen={() => {
              setChoosing(false);
              onChosen();
            }}
            onCancel={name ? () => setChoosing(false) : undefined}
          />
        </>
      ) : (
        <p className="sync-actions">
          <span>{t('sync.thisLaptop.is', { name })}</span>
          <button type="button" className="button" onClick={() => setChoosing(true)}>
            {t('sync.thisLaptop.change')}
          </button>
        </p>
      )}
      <p className="sync-muted">{t('sync.thisLaptop.hint')}</p>
    </section>
  );
}
