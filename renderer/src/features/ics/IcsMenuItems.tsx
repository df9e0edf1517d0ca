// The calendar-file entry of the trip's Export menu, and the dialog it opens. The menu is closed once the dialog is
// done, not on the click: closing it first would unmount this item and the dialog with it. Importing a calendar file
// is not in this menu: it has its own button beside it (IcsImportButton).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { IcsExportDialog } from './IcsExportDialog';
import './ics.css';

export function IcsMenuItems({ detail, close }: { detail: TripDetail; close: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const done = () => {
    setOpen(false);
    close();
  };

  return (
    <>
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => setOpen(true)}>
        {t('ics.menu.export')}
      </button>
      {open && <IcsExportDialog detail={detail} onClose={done} />}
    </>
  );
}
