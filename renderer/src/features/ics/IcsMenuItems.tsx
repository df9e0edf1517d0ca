// The calendar-file entries of the trip's Export menu, and the dialog each opens. The menu is closed once the dialog
// is done, not on the click: closing it first would unmount these items and the dialog with them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { IcsExportDialog } from './IcsExportDialog';
import { IcsImportDialog } from './IcsImportDialog';
import './ics.css';

export function IcsMenuItems({ detail, close }: { detail: TripDetail; close: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import'>();
  const done = () => {
    setOpen(undefined);
    close();
  };

  return (
    <>
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => setOpen('export')}>
        {t('ics.menu.export')}
      </button>
      <button type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => setOpen('import')}>
        {t('ics.menu.import')}
      </button>
      {open === 'export' && <IcsExportDialog detail={detail} onClose={done} />}
      {open === 'import' && <IcsImportDialog detail={detail} onClose={done} />}
    </>
  );
}
