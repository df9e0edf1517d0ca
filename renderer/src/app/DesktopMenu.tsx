// The desktop menu's side in the window (Electron only; in a browser there is no menu and this does nothing): sends
// the menu's labels in the chosen language, and turns menu commands into what the app does — going to the screen
// that does it, showing the keyboard shortcuts and help, or switching light and dark.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENGLISH_MENU_LABELS, type MenuCommand, type MenuLabels } from '../../../shared/desktop';
import { useClient, usePush } from '../api';
import { useToast } from '../components/Toasts';
import { HelpDialog } from './HelpDialogs';
import { openShortcutSheet } from './ShortcutSheet';
import { requestMenuCommand } from './menuCommands';
import { confirmLeave } from '../components/forms/unsavedEdits';
import { navigate, useRoute } from './router';
import { setThemeChoice } from './theme';

export function DesktopMenu() {
  const { t, i18n } = useTranslation();
  const desktop = useClient().desktop;
  const route = useRoute();
  const toast = useToast();
  const [helpShown, setHelpShown] = useState(false);

  useEffect(() => {
    if (!desktop) return;
    const labels = Object.fromEntries(Object.keys(ENGLISH_MENU_LABELS).map((key) => [key, t(`desktop.menu.${key as keyof MenuLabels}`)])) as MenuLabels;
    desktop.setMenuLabels(labels).catch(() => undefined); // an English menu is a fair fallback
  }, [desktop, t, i18n.language]);

  usePush('menu', ({ command }) => {
    switch (command as MenuCommand) {
      // Asked first when a form has unsaved edits; if the user keeps editing, the command is dropped rather than left
      // to pop up whenever that screen is next shown.
      case 'trips.new':
        confirmLeave(() => {
          navigate({ page: 'trips' });
          requestMenuCommand('trips.new');
        });
        return;
      case 'sync.now':
        confirmLeave(() => {
          navigate({ page: 'sync' });
          requestMenuCommand('sync.now');
        });
        return;
      case 'export.open':
      case 'itinerary.print':
        if (route.page === 'trip') requestMenuCommand(command as MenuCommand);
        else toast(t('desktop.openTripFirst'));
        return;
      case 'help.shortcuts':
        openShortcutSheet();
        return;
      case 'help.open':
        setHelpShown(true);
        return;
      case 'theme.system':
      case 'theme.light':
      case 'theme.dark':
        setThemeChoice(command === 'theme.system' ? 'system' : command === 'theme.light' ? 'light' : 'dark');
        return;
      default:
        return; // samples.offer is taken by SamplesOffer itself
    }
  });

  return helpShown ? <HelpDialog onClose={() => setHelpShown(false)} /> : null;
}
