// A trip row's actions (Edit, Duplicate, Delete) in one menu button, so the list shows dates, cities and status
// instead of three buttons and a red Delete on every row. React Aria's menu gives the keyboard of the WAI-ARIA
// menu-button pattern (Enter, Space or ArrowDown opens; arrows move; Escape closes and focus returns to the button).
import { lazy, Suspense, useState } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, Separator } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';

// The dialog's form (the schemas, date fields) is fetched when a trip is first duplicated, not with every row's menu.
const DuplicateTripDialog = lazy(() => import('./DuplicateTripDialog').then((m) => ({ default: m.DuplicateTripDialog })));

type Action = 'edit' | 'duplicate' | 'delete';

export function TripActionsMenu({ trip, onEdit, onDelete }: { trip: Trip; onEdit: (trip: Trip) => void; onDelete: (trip: Trip) => void }) {
  const { t } = useTranslation();
  const [duplicating, setDuplicating] = useState(false);
  const run = (action: Action): void => {
    if (action === 'edit') onEdit(trip);
    else if (action === 'duplicate') setDuplicating(true);
    else onDelete(trip);
  };
  return (
    <>
      <MenuTrigger>
        <Button className="button button--small row-menu__button" aria-label={t('layout.tripActions.named', { title: trip.title })}>
          {t('layout.tripActions.button')}
          <span aria-hidden="true" className="row-menu__caret">
            ▾
          </span>
        </Button>
        <Popover className="row-menu__popover" placement="bottom end" offset={4}>
          <Menu className="row-menu" onAction={(key) => run(key as Action)}>
            <MenuItem id="edit" className="row-menu__item">
              {t('layout.tripActions.edit')}
            </MenuItem>
            <MenuItem id="duplicate" className="row-menu__item">
              {t('layout.tripActions.duplicate')}
            </MenuItem>
            <Separator className="row-menu__separator" />
            <MenuItem id="delete" className="row-menu__item row-menu__item--danger">
              {t('layout.tripActions.delete')}
            </MenuItem>
          </Menu>
        </Popover>
      </MenuTrigger>
      {duplicating && (
        <Suspense fallback={null}>
          <DuplicateTripDialog trip={trip} onClose={() => setDuplicating(false)} />
        </Suspense>
      )}
    </>
  );
}
