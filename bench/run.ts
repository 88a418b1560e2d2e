// `npm run bench`: runs every bench/*.bench.ts (each default-exports a function returning rows) and prints
// one table. Benchmarks needing the browser build expect `npm run build` to have run first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** Upper bound from the issue, in the same unit; omitted for figures that are informational. */
  budget?: number;
}

const dir = join(process.cwd(), 'bench');
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();

const rows: BenchRow[] = [];
for (const file of files) {
  const run = (await import(pathToFileURL(join(dir, file)).href)).default as () => Promise<BenchRow[]>;
  rows.push(...(await run()));
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));
const table = rows.map((row) => ({
  benchmark: row.name,
  value: `${format(row.value)} ${row.unit}`,
  budget: row.budget === undefined ? '' : `≤ ${format(row.budget)} ${row.unit}`,
  verdict: row.budget === undefined ? '' : row.value <= row.budget ? 'within' : 'OVER',
}));
console.table(table);
if (rows.some((row) => row.budget !== undefined && row.value > row.budget)) process.exitCode = 1;
