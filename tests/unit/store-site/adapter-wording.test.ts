import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { miAdapter } from '../../../lib/store-site/mi';

const DIR = join(__dirname, '../../../lib/store-site');

/** Every run of two or more Chinese characters in Xiaomi's labels and in its wording patterns. */
function xiaomiWords(): Set<string> {
  const { labels, zeroLimit, zeroLimitProbe, autoRepay, overdue, planRows } = miAdapter;
  const patterns = [...zeroLimit, autoRepay.on, autoRepay.off, overdue.status, overdue.late, overdue.notLate];
  patterns.push(planRows.installment, planRows.partOnly, planRows.paid, planRows.unpaid, planRows.periodColumn[0]);
  const texts = [...labels.map((rule) => rule.text), ...zeroLimitProbe, ...patterns.map((pattern) => pattern.source)];
  return new Set(texts.flatMap((text) => text.match(/\p{Script=Han}{2,}/gu) ?? []));
}

/** The adapters: the only files that hold a page's words (any-lender.ts widens Xiaomi's labels for "read this page"). */
const ADAPTERS = new Set(['mi.ts', 'any-lender.ts']);

it('keeps every word of the store pages in the adapters: the generic reader takes them as data', () => {
  const words = xiaomiWords();
  expect(words.size).toBeGreaterThan(30);
  const leaks = readdirSync(DIR)
    .filter((file) => file.endsWith('.ts') && !ADAPTERS.has(file))
    .flatMap((file) => {
      const source = readFileSync(join(DIR, file), 'utf8');
      return [...words].filter((word) => source.includes(word)).map((word) => `${file}: ${word}`);
    });
  expect(leaks).toEqual([]);
});
