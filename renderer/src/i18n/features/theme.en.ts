// English strings of the light/dark switch in the header (app/ThemeSelect.tsx). zh-Hant has the same keys.
export const themeEn = {
  label: 'Appearance',
  system: 'System',
  light: 'Light',
  dark: 'Dark',
} as const;
