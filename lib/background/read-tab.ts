import { browser } from 'wxt/browser';
import { z } from 'zod/mini';
import { readLender } from '../core/bill-text-lender';
import { type ImportProposal, ImportProposalSchema } from '../core/import-proposal';
import { PageReadingSchema } from '../store-site/page-record';
import { buildProposal } from '../store-site/proposal';
import { MAX_BRAND, MAX_TITLE } from '../store-site/read-any-page';
import type { Handler } from './commands';
import { failure, ok } from './results';
import { STORE_PAGE_HANDLERS } from './store-page';

// "Read this page" (the popup's button): the reader runs in the tab the user is looking at, only after
// their click, through the activeTab grant the browser gave when they opened the popup; no host
// permission, nothing injected but our own packaged file. Its answer comes from a page we do not
// trust: checked here like any message, then offered through the same proposal as the store page's.

/** The packaged reader (entrypoints/page-reader.ts): no code is ever passed as a string. */
export const PAGE_READER_FILE = '/page-reader.js';

const AnyPageReadingSchema = z.object({
  sourceUrl: z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s]+$/)),
  title: z.string().check(z.maxLength(MAX_TITLE)),
  brand: z.string().check(z.maxLength(MAX_BRAND)),
  reading: z.nullable(PageReadingSchema),
});
export type AnyPageAnswer = z.infer<typeof AnyPageReadingSchema>;

/** What the popup is told: how many installments were proposed (0: the page shows no bill). */
export interface ReadTabResult {
  installments: number;
}

/** The page's own name for what it shows ("花呗账单" of "花呗账单 - 支付宝"), else the lender's. */
function titleOf(answer: AnyPageAnswer, lenderName: string | undefined): string {
  const own = answer.title.split(/\s[-|–—_]\s|[|｜]/)[0]?.trim() ?? '';
  return (own || lenderName || new URL(answer.sourceUrl).hostname).slice(0, 80);
}

/** The proposal for a checked answer, or null when the page shows nothing to import. */
export function proposalFromPage(answer: AnyPageAnswer): ImportProposal | null {
  if (!answer.reading) return null;
  const host = new URL(answer.sourceUrl).hostname;
  const lender = readLender(`${answer.brand} ${host}`);
  const built = buildProposal(answer.reading, answer.sourceUrl, titleOf(answer, lender.lenderName));
  if (!built) return null;
  const name = lender.lenderName?.slice(0, 40);
  const checked = ImportProposalSchema.safeParse({ ...built, lender: { kind: lender.lender, ...(name ? { name } : {}) } });
  return checked.success ? checked.data : null;
}

export const readTab: Handler<'readThisPage'> = async ({ tabId }, env, ctx) => {
  let answer: unknown;
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_READER_FILE] });
    answer = first?.result;
  } catch {
    // No activeTab grant for this tab (or a page no extension may read: the browser's own, the store).
    return failure('forbidden', 'err.readPageRefused');
  }
  const checked = AnyPageReadingSchema.safeParse(answer);
  if (!checked.success) return failure('invalid', 'err.readPageUnreadable');
  const proposal = proposalFromPage(checked.data);
  if (!proposal) return ok<ReadTabResult>({ installments: 0 });
  const proposed = await STORE_PAGE_HANDLERS.proposeImport(proposal, env, ctx);
  return proposed.ok ? ok<ReadTabResult>({ installments: proposal.installments.length }) : proposed;
};
