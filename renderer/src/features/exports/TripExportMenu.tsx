// The trip page's "Export" menu (WAI-ARIA menu button: aria-haspopup, aria-expanded, a role=menu of menuitems,
// arrow keys, Home/End, typing a letter, Escape). It lists the itinerary PDF (this feature), the logistics documents,
// and the entries the reports and calendar features give it. Those entries keep their dialogs inside themselves and close the menu only when
// their dialog is done, so the items stay mounted while the menu is closed, merely hidden (a hidden ancestor would
// hide their dialogs too); hence the closed state hides the items, not the list.
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { useMenuCommand } from '../../app/menuCommands';
import { IcsMenuItems } from '../ics/IcsMenuItems';
import { ReportMenuItems } from '../reports/ReportMenuItems';
import { ItineraryPdfDialog } from './ItineraryPdfDialog';
import { LogisticsMenuItems } from './LogisticsMenuItems';
import { menuMove, menuTypeAhead } from './menuKeys';
import './exports.css';

export function TripExportMenu({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [itineraryOpen, setItineraryOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const buttonId = useId();

  /** The list's own items, not controls inside a dialog an item opened. */
  const items = useCallback(
    (): HTMLElement[] => Array.from(list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []).filter((el) => el.closest('dialog') === null),
    [],
  );
  const focusItem = useCallback((index: number) => items()[index]?.focus(), [items]);

  const openMenu = (focus: 'first' | 'last') => {
    setOpen(true);
    // The items are shown by this render; focus them once it has happened.
    requestAnimationFrame(() => focusItem(focus === 'first' ? 0 : items().length - 1));
  };
  // The desktop menu's File › Export… and Print itinerary… (see app/DesktopMenu.tsx).
  useMenuCommand('export.open', () => openMenu('first'));
  useMenuCommand('itinerary.print', () => setItineraryOpen(true));
  // Focus goes back to the button after the render that closes things: while an entry's modal dialog is still
  // mounted the button is inert, and the dialog's own close would move focus to the (hidden) item it came from.
  const refocusButton = useRef(false);
  useEffect(() => {
    if (!refocusButton.current || itineraryOpen) return;
    refocusButton.current = false;
    button.current?.focus();
  });
  const close = useCallback((refocus: boolean) => {
    setOpen(false);
    if (refocus) refocusButton.current = true;
  }, []);
  // Entries close the menu when their dialog is done; focus then returns to the button, where the user started.
  const closeFromEntry = useCallback(() => close(true), [close]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) close(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, close]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    // Keys typed in a dialog that an entry opened bubble up here too; they are the dialog's business.
    if (!open || target.getAttribute('role') !== 'menuitem' || target.closest('dialog')) return;
    const all = items();
    const current = all.indexOf(target);
    const move = menuMove(event.key, current, all.length);
    if (move.kind === 'none' && event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const index = menuTypeAhead(all.map((el) => el.textContent ?? ''), current, event.key);
      if (index >= 0) {
        event.preventDefault();
        focusItem(index);
      }
      return;
    }
    if (move.kind === 'none') return;
    event.preventDefault();
    if (move.kind === 'focus') focusItem(move.index);
    else close(true);
  };

  return (
    <div className="export-menu" ref={wrapper}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="button export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            openMenu(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        {t('exports.menu.button')}
        <span aria-hidden="true" className="export-menu__caret">
          ▾
        </span>
      </button>
      <div
        ref={list}
        id={menuId}
        role={open ? 'menu' : undefined}
        aria-labelledby={open ? buttonId : undefined}
        className={`export-menu__list ${open ? 'export-menu__list--open' : 'export-menu__list--closed'}`}
        onKeyDown={onMenuKeyDown}
      >
        <button
          type="button"
          role="menuitem"
          className="menu-item"
          tabIndex={-1}
          onClick={() => {
            close(false);
            setItineraryOpen(true);
          }}
        >
          {t('exports.menu.itineraryPdf')}
        </button>
        <div role="separator" className="export-menu__separator" />
        <LogisticsMenuItems detail={detail} close={closeFromEntry} />
        <div role="separator" className="export-menu__separator" />
        <ReportMenuItems detail={detail} close={closeFromEntry} />
        <div role="separator" className="export-menu__separator" />
        <IcsMenuItems detail={detail} close={closeFromEntry} />
      </div>
      {itineraryOpen && (
        <ItineraryPdfDialog
          detail={detail}
          onClose={() => {
            refocusButton.current = true;
            setItineraryOpen(false);
          }}
        />
      )}
    </div>
  );
}
