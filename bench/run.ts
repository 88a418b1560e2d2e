// `npm run bench`: runs every bench/*.bench.ts (each default-exports a function returning rows) against
// the build in REPAY_OUT_DIR (default .output) and prints one table: figure, floor measured in the same
// run, ratio, budget and verdict. `node --import tsx bench/run.ts [name]` runs the benches whose file
// name contains `name`, against an existing build (e.g. REPAY_OUT_DIR=/tmp/before/.output).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BenchRow, outDir } from './helpers';

const dir = join(process.cwd(), 'bench');
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((file) => file.endsWith('.bench.ts') && (!only || file.includes(only)))
  .sort();
if (!existsSync(join(outDir(), 'manifest.json'))) throw new Error(`no build in ${outDir()}: run \`npx wxt build\` first`);

const started = Date.now();
const rows: BenchRow[] = [];
for (const file of files) {
  const fileStarted = Date.now();
  try {
    const run = (await import(pathToFileURL(join(dir, file)).href)).default as () => Promise<BenchRow[]>;
    rows.push(...(await run()));
  } catch (error) {
    // One broken bench (or a build missing a feature) must not hide the others' figures.
    rows.push({
      name: `${file} failed`,
      value: Number.NaN,
      unit: '',
      note: String(error instanceof Error ? error.message : error).split('\n')[0],
    });
  }
  console.error(`bench: ${file} took ${((Date.now() - fileStarted) / 1000).toFixed(0)} s`);
}

const format = (n: number | undefined, unit = '') =>
  n === undefined ? '' : `${Number.isInteger(n) ? n : n.toFixed(n < 10 ? 2 : 1)}${unit && ` ${unit}`}`;
const verdictOf = (row: BenchRow) => {
  if (!row.budget) return Number.isNaN(row.value) ? 'n/a' : '';
  const measured = 'ratio' in row.budget ? row.value / (row.floor ?? Number.NaN) : row.value;
  if (!Number.isFinite(measured)) return 'n/a';
  return measured <= ('ratio' in row.budget ? row.budget.ratio : row.budget.max) ? 'within' : 'OVER';
};
const table = rows.map((row) => [
  row.name,
  format(row.value, row.unit),
  format(row.floor, row.unit),
  row.floor === undefined ? '' : `${(row.value / row.floor).toFixed(2)}×`,
  !row.budget ? '' : 'ratio' in row.budget ? `≤ ${row.budget.ratio}× floor` : `≤ ${format(row.budget.max, row.unit)}`,
  verdictOf(row),
]);
const header = ['benchmark', 'figure', 'floor', 'ratio', 'budget', 'verdict'];
const widths = header.map((title, i) => Math.max(title.length, ...table.map((cells) => (cells[i] as string).length)));
const line = (cells: string[]) =>
  `| ${cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
console.log(`build: ${outDir()}  (${new Date().toISOString()}, ${((Date.now() - started) / 1000).toFixed(0)} s)`);
console.log([line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n'));
for (const row of rows.filter((r) => r.note)) console.log(`note: ${row.name}: ${row.note}`);
if (rows.some((row) => ['OVER', 'n/a'].includes(verdictOf(row)) && (row.budget || Number.isNaN(row.value)))) process.exitCode = 1;
