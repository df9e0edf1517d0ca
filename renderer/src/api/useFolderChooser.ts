// The system's folder dialog where there is one (the desktop app). In a browser it is undefined: the page cannot
// browse the folders of the computer that runs the planner server, so the path is typed there (with a hint saying so).
import type { DesktopShell } from '../../../shared/contract';
import { useClient } from './context';

export function useFolderChooser(): DesktopShell['chooseFolder'] | undefined {
  return useClient().desktop?.chooseFolder;
}
