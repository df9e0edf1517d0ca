// What every benchmark module exports, in its own file so run.ts can import the modules without the modules importing
// run.ts back (that was an import cycle).
export interface BenchModule {
  name: string;
  run(): Promise<void>;
}

const key = (name: string) => name.trim().toLowerCase().replaceAll(' ', '-');

/**
 * The modules a run asks for by name (`npm run bench -- store search`, or BENCH=store,search), in the run's order;
 * all of them when none is named. An unknown name is an error that lists the names there are.
 */
export function chooseModules<M extends BenchModule>(modules: readonly M[], names: readonly string[]): M[] {
  const wanted = names.map(key).filter(Boolean);
  const unknown = wanted.filter((n) => !modules.some((m) => key(m.name) === n));
  if (unknown.length) throw new Error(`no bench module ${unknown.join(', ')}; there are: ${modules.map((m) => key(m.name)).join(', ')}`);
  return wanted.length ? modules.filter((m) => wanted.includes(key(m.name))) : [...modules];
}
