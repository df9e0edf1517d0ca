// The figures issue 12 sets targets for, and how each is printed: `bench: <what>: <value> <unit>`, then its target,
// whether it is met and the spread over fresh processes, so a reader sees at a glance what holds and how noisy it was.
// The run ends with `bench: targets met: K of N`; a target whose module did not run (or failed) counts as not met in
// a full run, so a broken module cannot make the score look better.

/** Median and range of one figure measured in several fresh processes (the machine is shared and noisy). */
export interface Spread {
  median: number;
  min: number;
  max: number;
  runs: number;
  /** What the runs were: fresh processes unless a module says otherwise (e.g. "runs in one process"). */
  of: string;
}

export function summarize(samples: readonly number[], of = 'fresh processes'): Spread {
  if (samples.length === 0) throw new Error('summarize needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted.at(-1)!, runs: sorted.length, of };
}

/** The figure names and limits, exactly as issue 12 lists them. All are "at most". */
export const TARGETS = {
  'save p95 vs sqlite (10-year)': 2,
  'start to first screen (10-year)': 500,
  'first search after start (10-year)': 150,
  'search p95 vs sqlite (10-year)': 1,
  'first itinerary PDF after start': 1000,
  'open 200-event trip first after start (10-year)': 300,
  'call p95 during 20,000-event ICS import': 100,
  'backend rss after first search (10-year)': 250,
  'backend rss after first search (30-year)': 300,
  'data folder vs naive single file (10-year)': 1.2,
  'sync merge 3 devices × 5,000 changes': 300,
} as const;

export type TargetName = keyof typeof TARGETS;

/** Counts as they are; otherwise two decimals for small numbers, none for large ones (as report() always printed). */
export function formatValue(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toFixed(digits);
}

export function formatSpread(spread: Spread): string {
  if (spread.runs === 1) return 'one run';
  return `median of ${spread.runs} ${spread.of}, spread ${formatValue(spread.min)}–${formatValue(spread.max)}`;
}

/** One target line. `extra` is a condition beside the number (e.g. "finds every query SQLite finds"), false = not met. */
export function formatTarget(name: TargetName, value: number, unit: string, spread?: Spread, extra?: { what: string; holds: boolean }): string {
  const met = value <= TARGETS[name] && (extra?.holds ?? true);
  const notes = [`target ≤ ${TARGETS[name]}${extra ? ` and ${extra.what}` : ''}: ${met ? 'met' : 'NOT met'}`];
  if (spread) notes.push(formatSpread(spread));
  return `bench: ${name}: ${formatValue(value)} ${unit} (${notes.join('; ')})`;
}

/** Collects which targets were met during a run. */
export class Scoreboard {
  private readonly results = new Map<TargetName, boolean>();

  /** Prints the target line and remembers the verdict. */
  check(name: TargetName, value: number, unit: string, spread?: Spread, extra?: { what: string; holds: boolean }): string {
    const line = formatTarget(name, value, unit, spread, extra);
    this.results.set(name, value <= TARGETS[name] && (extra?.holds ?? true));
    console.log(line);
    return line;
  }

  /** A target whose measurement failed: printed so the line is never silently missing, and counted as not met. */
  failed(name: TargetName, reason: string): void {
    this.results.set(name, false);
    console.log(`bench: ${name}: not measured (${reason}; counted as NOT met)`);
  }

  /** `bench: targets met: K of N` — over every target in a full run, over those measured in a partial one. */
  summary(full: boolean): string {
    const names = full ? (Object.keys(TARGETS) as TargetName[]) : [...this.results.keys()];
    const met = names.filter((n) => this.results.get(n) === true).length;
    const missing = names.filter((n) => !this.results.has(n));
    const tail = missing.length ? ` (not measured: ${missing.join(', ')})` : '';
    return `bench: targets met: ${met} of ${names.length}${tail}`;
  }
}

export const scoreboard = new Scoreboard();
