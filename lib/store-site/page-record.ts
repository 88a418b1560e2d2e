import { z } from 'zod/mini';
import { MAX_PERIODS } from '../core/limits';
import { fen, isoDate, orderNo, periodNumber as period } from '../core/schemas';
import type { PageReading } from './read-page';

// What the content script tells the background about its page, and what the panel frame reads back:
// page facts only (fen, ISO dates, flags), never anything from storage. The background checks it with
// these schemas and keeps it in storage.session, which web pages and content scripts cannot reach.

const planRow = z.object({
  period: z.optional(period),
  dueDate: isoDate,
  amount: fen,
  paid: z.boolean(),
  principal: z.optional(fen),
  charge: z.optional(fen),
});
const rows = z.array(planRow).check(z.maxLength(MAX_PERIODS));
/** Page text kept as text (a product, an account): short, one line, no markup characters. */
const pageText = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(/^[^<>\n\r]*$/));

const PageOrderSchema = z.object({
  orderNo: z.optional(orderNo),
  product: z.optional(pageText(60)),
  autoRepay: z.optional(z.boolean()),
  account: z.optional(pageText(60)),
  periods: z.optional(period),
  rows,
});

export const PageReadingSchema: z.ZodMiniType<PageReading> = z.object({
  dueAmount: z.optional(fen),
  dueDate: z.optional(isoDate),
  period: z.optional(period),
  periods: z.optional(period),
  overdue: z.boolean(),
  autoRepay: z.optional(z.boolean()),
  zeroLimit: z.boolean(),
  plan: rows,
  overdueDays: z.optional(z.int().check(z.minimum(1), z.maximum(9999))),
  account: z.optional(pageText(60)),
  orders: z.optional(z.array(PageOrderSchema).check(z.maxLength(20))),
});

/** Xiaomi's pages (the manifest's matches): a reading from anywhere else is refused. */
const XIAOMI_PAGE = /^https?:\/\/([a-z0-9-]+\.)*mi\.com\/[^\s]*$/;

/** The content script's random id for its page: the frame is given it, the page never needs it. */
export const PageTokenSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{16,64}$/));

export const StorePageReportSchema = z.object({
  token: PageTokenSchema,
  /** Where the plan was read (origin and path, no query), for an import's source. */
  sourceUrl: z.string().check(z.maxLength(2000), z.regex(XIAOMI_PAGE)),
  /** Null: the page says nothing worth a panel (any earlier reading is dropped). */
  reading: z.nullable(PageReadingSchema),
});
export type StorePageReport = z.infer<typeof StorePageReportSchema>;

/** What storage.session holds for one page. */
export interface StorePageRecord {
  sourceUrl: string;
  reading: PageReading;
  at: number;
}

/** The storage.session key of a page's reading. */
export const storePageKey = (token: string) => `storePage:${token}`;
