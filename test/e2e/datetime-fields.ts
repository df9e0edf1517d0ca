// Driving the app's React Aria date and time fields as a person does: each segment typed from the keyboard. The
// fields are groups of segments, not inputs, so Playwright's fill() and toHaveValue() do not apply; the group carries
// the ISO value it holds in data-value.
import { expect, type Locator, type Page } from '@playwright/test';

/** The date or time field labelled `name` (the group, which the label names exactly). */
export function dateTimeField(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('group', { name, exact: true });
}

async function typeSegments(field: Locator, parts: [type: string, text: string][], value: string): Promise<void> {
  for (const [type, text] of parts) {
    const segment = field.locator(`[data-type="${type}"]`);
    await segment.click();
    await segment.pressSequentially(text);
  }
  await expect(field).toHaveAttribute('data-value', value);
}

/** Types an ISO date (YYYY-MM-DD) into a date field, year, month and day, in whatever order the locale shows them. */
export async function typeDate(field: Locator, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  await typeSegments(field, [['year', year], ['month', month], ['day', day]], iso);
}

/** Types a time (HH:mm) into a time field. */
export async function typeTime(field: Locator, time: string): Promise<void> {
  const [hour, minute] = time.split(':') as [string, string];
  await typeSegments(field, [['hour', hour], ['minute', minute]], time);
}

/** Empties a date or time field, segment by segment. */
export async function clearDateTime(field: Locator): Promise<void> {
  for (const segment of await field.getByRole('spinbutton').all()) {
    await segment.click();
    await segment.press('Backspace');
    await segment.press('Backspace');
  }
}

export async function expectDateTime(field: Locator, value: string): Promise<void> {
  await expect(field).toHaveAttribute('data-value', value);
}

/** What the field shows, without the invisible direction marks React Aria puts around a time. */
export async function expectShown(field: Locator, text: string): Promise<void> {
  await expect.poll(async () => ((await field.textContent()) ?? '').replace(/[\u2066-\u2069\u200e\u200f]/g, '')).toBe(text);
}
