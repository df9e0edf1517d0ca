// Help › Keyboard shortcuts and Help › Delegation Planner help: short, offline, in the chosen language.
import { useTranslation } from 'react-i18next';
import { Dialog } from '../components/Dialog';

const SHORTCUTS = [
  ['Ctrl+K', 'search'],
  ['Ctrl+N', 'newTrip'],
  ['Ctrl+P', 'print'],
  ['Ctrl+Shift+E', 'export'],
  ['Ctrl+Z', 'undo'],
  ['Ctrl+Shift+Z / Ctrl+Y', 'redo'],
  ['Ctrl+Shift+F', 'followUp'],
  ['Ctrl+/', 'showShortcuts'],
  ['F1', 'help'],
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const footer = (
    <button type="button" className="button button--primary" onClick={onClose} data-autofocus>
      {t('desktop.shortcuts.close')}
    </button>
  );
  return (
    <Dialog title={t('desktop.shortcuts.title')} onClose={onClose} footer={footer} describedBy="shortcuts-intro">
      <p id="shortcuts-intro">{t('desktop.shortcuts.intro')}</p>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('desktop.shortcuts.key')}</th>
            <th scope="col">{t('desktop.shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={action}>
              <td>
                <kbd>{keys}</kbd>
              </td>
              <td>{t(`desktop.shortcuts.${action}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}

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
