// 简体中文: generated from theme.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change theme.zh-Hant.ts or the script and run it again.
export const themeZhHans = {
  label: '外观',
  system: '系统',
  light: '浅色',
  dark: '深色',
};
