// The check of the menu labels the renderer sends (electron/main/ipc.ts), apart from shared/desktop.ts so that the
// renderer's first script, which needs the labels, does not carry zod (docs/decisions/021-first-screen.md).
import { z } from 'zod';
import { ENGLISH_MENU_LABELS, type MenuLabelKey } from './desktop';

/** Checks what the renderer sends before the main process builds a menu from it. */
export const MenuLabelsSchema = z
  .object(Object.fromEntries(Object.keys(ENGLISH_MENU_LABELS).map((key) => [key, z.string().min(1).max(80)])) as Record<MenuLabelKey, z.ZodString>)
  .strict();
