// Help › Delegation Planner help: short, offline, in the chosen language (the shortcut sheet is ShortcutSheet.tsx).
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

export function HelpDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const footer = (
    <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
      {t('desktop.help.close')}
    </button>
  );
  return (
    <Dialog title={t('desktop.help.title')} onClose={onClose} footer={footer} size="large">
      {(['plan', 'notes', 'print', 'sync', 'data'] as const).map((part) => (
        <p key={part}>{t(`desktop.help.${part}`)}</p>
      ))}
    </Dialog>
  );
}
