// 繁體中文 strings of the light/dark switch in the header (app/ThemeSelect.tsx). Same keys as theme.en.ts.
export const themeZhHant = {
  label: '外觀',
  system: '系統',
  light: '淺色',
  dark: '深色',
};
