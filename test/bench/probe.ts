// One fresh process for one measurement (see probes.ts): `probe.ts <kind> <args...>` prints its answer as JSON.
import { type ProbeKind, probes } from './probes';

const [kind, ...args] = process.argv.slice(2);
const probe = probes[kind as ProbeKind] as ((...a: string[]) => Promise<unknown>) | undefined;
if (!probe) throw new Error(`usage: probe.ts ${Object.keys(probes).join('|')} <args>`);
console.log(JSON.stringify(await probe(...args)));
