// Numbers in follow-ups for the chosen language: HK$ amounts with thousands separators, and typed amounts read back.
import { localeFor } from '../../i18n/format';

/** "HK$250,000,000" — whole dollars; pledges are announced in round figures. */
export function formatHkd(language: string, amount: number): string {
  return new Intl.NumberFormat(localeFor(language), { style: 'currency', currency: 'HKD', currencyDisplay: 'symbol', maximumFractionDigits: 0 }).format(amount);
}

export function formatCount(language: string, n: number): string {
  return new Intl.NumberFormat(localeFor(language)).format(n);
}

/**
 * A typed amount such as "250,000,000", "HK$ 1 200 000" or "1.5e6" as a number; undefined when empty, NaN when it
 * is not a plain non-negative number (so the form can say so instead of guessing).
 */
export function parseAmount(text: string): number | undefined {
  const plain = text.replace(/HK\$|\$|,|\s|_/gi, '');
  if (plain === '') return undefined;
  if (!/^\d+(\.\d+)?$/.test(plain)) return Number.NaN;
  return Number(plain);
}
