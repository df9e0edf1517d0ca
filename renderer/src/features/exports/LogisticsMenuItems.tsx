// The logistics entries of the trip's Export menu, each opening LogisticsDocumentDialog. As with the reports' entries,
// the menu is closed when the dialog is done, not on the click (closing first would unmount the dialog with the items).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { LogisticsDocumentDialog } from './LogisticsDocumentDialog';
import { logisticsDocuments, type LogisticsDocument } from './logisticsDocuments';

export function LogisticsMenuItems({ detail, close }: { detail: TripDetail; close: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<LogisticsDocument>();
  return (
    <>
      {logisticsDocuments.map((kind) => (
        <button key={kind} type="button" role="menuitem" className="menu-item" tabIndex={-1} onClick={() => setOpen(kind)}>
          {t(`logistics.documents.${kind}`)}
        </button>
      ))}
      {open && (
        <LogisticsDocumentDialog
          kind={open}
          detail={detail}
          onClose={() => {
            setOpen(undefined);
            close();
          }}
        />
      )}
    </>
  );
}
