// Light or dark: the person's choice (System, Light, Dark), remembered in localStorage like the language, and shown as
// `data-theme="light" | "dark"` on <html>, which app/theme.css turns into colours. "System" follows the operating
// system's setting (prefers-color-scheme) live, so switching the OS to dark at dusk switches the app too.
// Only the window is themed: PDFs and printed documents are rendered by the backend from their own light styles.
import { useSyncExternalStore } from 'react';

export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];
export type Theme = 'light' | 'dark';

const storageKey = 'planner.theme';
const darkQuery = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function isChoice(value: unknown): value is ThemeChoice {
  return themeChoices.includes(value as ThemeChoice);
}

function readChoice(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey);
    return isChoice(saved) ? saved : 'system';
  } catch {
    return 'system'; // storage refused (privacy settings): follow the system
  }
}

let choice: ThemeChoice = readChoice();

function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/** The theme a choice comes to now. */
export function resolveTheme(value: ThemeChoice): Theme {
  return value === 'system' ? systemTheme() : value;
}

function apply(): void {
  document.documentElement.dataset.theme = resolveTheme(choice);
  for (const listener of [...listeners]) listener();
}

export function themeChoice(): ThemeChoice {
  return choice;
}

export function setThemeChoice(value: ThemeChoice): void {
  choice = value;
  try {
    localStorage.setItem(storageKey, value);
  } catch {
    // not remembered, but still applied for this session
  }
  apply();
}

/** The current choice, re-rendering when it changes. */
export function useThemeChoice(): ThemeChoice {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => void listeners.delete(onChange);
    },
    themeChoice,
  );
}

/** Sets data-theme before the first render and follows the system's setting from then on. */
export function startTheme(): void {
  choice = readChoice();
  apply();
  if (typeof matchMedia === 'function') {
    matchMedia(darkQuery).addEventListener('change', () => {
      if (choice === 'system') apply();
    });
  }
}
