// "Import…" beside the trip's Export menu: bringing a calendar file in is not an export, so it has its own button
// (issue 13) rather than an entry in the Export menu. Focus returns to the button when the dialog closes.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { IcsImportDialog } from './IcsImportDialog';
import './ics.css';

export function IcsImportButton({ detail }: { detail: TripDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      {/* The short label keeps the trip header on one line; the name says what is imported. */}
      <button ref={button} type="button" className="button" aria-label={t('ics.menu.import')} title={t('ics.menu.import')} onClick={() => setOpen(true)}>
        {t('layout.importMenu.button')}
      </button>
      {open && (
        <IcsImportDialog
          detail={detail}
          onClose={() => {
            setOpen(false);
            requestAnimationFrame(() => button.current?.focus());
          }}
        />
      )}
    </>
  );
}
