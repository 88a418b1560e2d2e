import { z } from 'zod/mini';
import { canonical } from '../core/backup';
import { type Hlc, STAMP } from './hlc';

// Last-writer-wins registers by key: each holds a value and the stamp of its write. The later stamp
// wins; equal stamps (the same write) are settled by the value, so any two devices pick the same one.

export const LwwEntrySchema = z.tuple([z.unknown(), z.string().check(z.regex(STAMP))]);
export const LwwMapSchema = z.record(z.string(), LwwEntrySchema);
export type LwwMap = Record<string, [unknown, Hlc]>;

export const stampOfEntry = (entry: readonly [unknown, Hlc]): Hlc => entry[1];

function laterEntry(x: [unknown, Hlc], y: [unknown, Hlc]): [unknown, Hlc] {
  if (x[1] !== y[1]) return x[1] > y[1] ? x : y;
  return canonical(x[0]) >= canonical(y[0]) ? x : y;
}

/** Every register of both, each at its later write; keys sorted, so equal states compare equal. */
export function mergeLww(a: LwwMap, b: LwwMap): LwwMap {
  const out: LwwMap = { ...a };
  for (const [key, entry] of Object.entries(b)) out[key] = Object.hasOwn(out, key) ? laterEntry(out[key] as [unknown, Hlc], entry) : entry;
  return Object.fromEntries(Object.entries(out).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}
