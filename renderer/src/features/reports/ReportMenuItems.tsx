// The reports entries of the trip's Export menu: the briefing pack, the post-trip report and the press-release draft,
// each opening its dialog. The menu is closed once the dialog is done, not on the click: closing it first would
// unmount these items and the dialog with them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TripDetail } from '../../../../shared/contract';
import { DocumentDialog } from './DocumentDialog';
import { PressReleaseDialog } from './PressReleaseDialog';
import './reports.css';

type Open = 'briefing' | 'report' | 'press';

export function ReportMenuItems({ detail, close }: { detail: TripDetail; close: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>();
  const done = () => {
    setOpen(undefined);
    close();
  };

  return (
    <>
      <button type="button" role="menuitem" className="menu-item" onClick={() => setOpen('briefing')}>
        {t('reports.menu.briefing')}
      </button>
      <button type="button" role="menuitem" className="menu-item" onClick={() => setOpen('report')}>
        {t('reports.menu.report')}
      </button>
      <button type="button" role="menuitem" className="menu-item" onClick={() => setOpen('press')}>
        {t('reports.menu.pressRelease')}
      </button>
      {(open === 'briefing' || open === 'report') && <DocumentDialog kind={open} detail={detail} onClose={done} />}
      {open === 'press' && <PressReleaseDialog detail={detail} onClose={done} />}
    </>
  );
}
