// How every benchmark prints a figure: one line each, `bench: <what>: <value> <unit>`, so runs can be compared by tools.
import { type Spread, formatSpread, formatValue } from './targets';

export function report(what: string, value: number, unit: string): void {
  console.log(`bench: ${what}: ${formatValue(value)} ${unit}`);
}

/** A figure measured several times: its median, with how many runs and their spread. */
export function reportSpread(what: string, spread: Spread, unit: string): void {
  console.log(`bench: ${what}: ${formatValue(spread.median)} ${unit} (${formatSpread(spread)})`);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Between phases, so one phase's garbage is not collected on the next one's clock (needs --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
