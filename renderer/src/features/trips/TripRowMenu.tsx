// A trip row's "Actions" button, a plain button until it is first pressed: only then is React Aria's menu
// (TripActionsMenu, a chunk of its own) created for that row, and it opens at once, focused as React Aria would have
// focused it. Mounting a menu in each of 500 rows kept the main thread busy right after the first screen
// (docs/decisions/023-first-screen-2.md). A press is never lost: if the chunk is still on its way, the press waits
// for it (a transition keeps this same button, and its focus, on screen meanwhile).
import { lazy, Suspense, useRef, useState, useTransition, type KeyboardEvent, type MouseEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../../../shared/model';
import { openWithForKey, type OpenWith } from './rowMenuKeys';

const loadMenu = () => import('./TripActionsMenu');
const TripActionsMenu = lazy(() => loadMenu().then((m) => ({ default: m.TripActionsMenu })));

/** Asked when a pointer or the keyboard comes to any row's button, so a press usually finds the code already here. */
function preloadMenu(): void {
  void loadMenu().catch(() => undefined); // a failed fetch is retried (and reported) by the press itself
}

interface RowMenuProps {
  trip: Trip;
  onEdit: (trip: Trip) => void;
  onDelete: (trip: Trip) => void;
}

export function TripRowMenu({ trip, onEdit, onDelete }: RowMenuProps) {
  const [openWith, setOpenWith] = useState<OpenWith | undefined>(undefined);
  const asked = useRef(false);
  const [, startTransition] = useTransition();
  const open = (how: OpenWith): void => {
    if (asked.current) return; // the press's click after its pointer-down, or a second press while the code arrives
    asked.current = true;
    startTransition(() => setOpenWith(how));
  };
  const button = <PlainMenuButton trip={trip} onOpen={open} />;
  // One boundary in both states: the menu's first render may wait for its code, and in a transition React keeps the
  // boundary's shown content (this very button, focused) until it can, instead of swapping in a fallback.
  return <Suspense fallback={button}>{openWith === undefined ? button : <TripActionsMenu trip={trip} onEdit={onEdit} onDelete={onDelete} openWith={openWith} />}</Suspense>;
}

/** Looks and reads as the menu's own button: same classes, same accessible name, announced as opening a menu. */
function PlainMenuButton({ trip, onOpen }: { trip: Trip; onOpen: (how: OpenWith) => void }) {
  const { t } = useTranslation();
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>): void => {
    const how = openWithForKey(event);
    if (how === undefined) return;
    event.preventDefault(); // no click after it, and no page scroll for Space or the arrows
    onOpen(how);
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>): void => {
    // React Aria opens a menu on mouse down (touch opens on release, by the click below).
    if (event.button !== 0 || event.pointerType === 'touch') return;
    event.currentTarget.focus();
    onOpen(null);
  };
  const onClick = (event: MouseEvent<HTMLButtonElement>): void => onOpen(event.detail === 0 ? 'first' : null);
  return (
    <button
      type="button"
      className="button button--small row-menu__button"
      aria-label={t('layout.tripActions.named', { title: trip.title })}
      aria-haspopup="true"
      onPointerEnter={preloadMenu}
      onFocus={preloadMenu}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onClick={onClick}
    >
      {t('layout.tripActions.button')}
      <span aria-hidden="true" className="row-menu__caret">
        ▾
      </span>
    </button>
  );
}
