// A trip row's actions (Edit, Duplicate, Delete) in one menu button, so the list shows dates, cities and status
// instead of three buttons and a red Delete on every row. React Aria's menu gives the keyboard of the WAI-ARIA
// menu-button pattern (Enter, Space or ArrowDown opens; arrows move; Escape closes and focus returns to the button).
// It is created for a row when the row's plain button (TripRowMenu) is first pressed, and opens at once.
import { lazy, Suspense, useContext, useEffect, useRef, useState, type RefObject } from 'react';
import { Button, Menu, MenuItem, MenuTrigger, Popover, RootMenuTriggerStateContext, Separator } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import type { OpenWith } from './rowMenuKeys';

// The dialog's form (the schemas, date fields) is fetched when a trip is first duplicated, not with every row's menu.
const DuplicateTripDialog = lazy(() => import('./DuplicateTripDialog').then((m) => ({ default: m.DuplicateTripDialog })));

type Action = 'edit' | 'duplicate' | 'delete';

/**
 * Opens the menu as it first mounts, as the press on the plain button asked: the trigger is focused first (so Escape
 * returns focus to it, as React Aria does for its own presses), then the menu opens with the same focus strategy.
 */
function OpenOnMount({ openWith, trigger }: { openWith: OpenWith; trigger: RefObject<HTMLButtonElement | null> }) {
  const state = useContext(RootMenuTriggerStateContext);
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current || !state) return;
    opened.current = true;
    trigger.current?.focus();
    state.open(openWith);
  }, [state, openWith, trigger]);
  return null;
}

interface TripActionsMenuProps {
  trip: Trip;
  onEdit: (trip: Trip) => void;
  onDelete: (trip: Trip) => void;
  /** Open at once on mount, focused this way (the press that created the menu). */
  openWith?: OpenWith;
}

export function TripActionsMenu({ trip, onEdit, onDelete, openWith }: TripActionsMenuProps) {
  const { t } = useTranslation();
  const trigger = useRef<HTMLButtonElement>(null);
  const [duplicating, setDuplicating] = useState(false);
  const run = (action: Action): void => {
    if (action === 'edit') onEdit(trip);
    else if (action === 'duplicate') setDuplicating(true);
    else onDelete(trip);
  };
  return (
    <>
      <MenuTrigger>
        {openWith !== undefined && <OpenOnMount openWith={openWith} trigger={trigger} />}
        <Button ref={trigger} className="button button--small row-menu__button" aria-label={t('layout.tripActions.named', { title: trip.title })}>
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
