// What every document dialog starts from: the export languages (English, 繁體 and 简体, whatever the UI offers) with
// the UI's language first chosen, and the paper of this device's settings (settings.paper, A4 unless changed).
import type { ExportLanguage, Paper } from '../../../../shared/contract';
import { useCall } from '../../api/query';

export const exportLanguages: readonly ExportLanguage[] = ['en', 'zh-Hant', 'zh-Hans'];

/** Documents start in the language the user reads the app in, English when that is not one a document is made in. */
export function defaultExportLanguage(uiLanguage: string): ExportLanguage {
  return (exportLanguages as readonly string[]).includes(uiLanguage) ? (uiLanguage as ExportLanguage) : 'en';
}

/** The paper a dialog starts from: the setting once it has loaded, A4 until then. */
export function useSettingsPaper(): Paper {
  return useCall('settings.get', {}).data?.paper ?? 'A4';
}
