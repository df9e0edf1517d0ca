// How every benchmark prints a figure: one line each, `bench: <what>: <value> <unit>`, so runs can be compared by tools.

export function report(what: string, value: number, unit: string): void {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  console.log(`bench: ${what}: ${value.toFixed(digits)} ${unit}`);
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Between phases, so one phase's garbage is not collected on the next one's clock (needs --expose-gc). */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
