import { browser } from 'wxt/browser';
import { lenderToday } from '../core/dates';
import { openInstallments } from '../core/summary';
import type { StoreSnapshotEntry } from '../protocol';
import { importProposalItem } from '../storage/items';
import { SESSION_KEYS } from '../storage/keys';
import { type StorePageRecord, storePageKey } from '../store-site/page-record';
import type { Handler } from './commands';
import { readPlans } from './plans-store';
import { failure, ok } from './results';

// The store page's part in the background: readings the content script reports, the Xiaomi plans the
// panel frame compares them with, and the import the frame proposes. Only `storePageRead` comes from a
// content script; the rest answer extension pages (the frame) alone (lib/protocol.ts says who sends what).

/** Pages whose readings storage.session keeps; the oldest goes first (a closed tab never says goodbye). */
const KEEP_PAGES = 32;
const INDEX_KEY = SESSION_KEYS.storePages;
/** A repeat of the proposal whose confirmation view was just opened is ignored for this long. */
export const PROPOSAL_REPEAT_MS = 10_000;

let lastProposal: { key: string; at: number } | null = null;
/** Where the user confirms a proposal: the options page's import view. */
const CONFIRMATION_PATH = '/options.html#import-proposal';

type StoreCommand = 'storeSnapshot' | 'storePageRead' | 'storePageOf' | 'proposeImport';

type Area = Pick<typeof browser.storage.local, 'get' | 'set' | 'remove'>;
const memory = new Map<string, unknown>();
/** Where readings are kept: storage.session (trusted contexts only, survives a worker restart), else memory (Firefox MV2 has no session area). */
const pages = (): Area =>
  browser.storage.session ??
  ({
    get: async (key: string) => ({ [key]: memory.get(key) }),
    set: async (items: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(items)) memory.set(k, v);
    },
    remove: async (keys: string | string[]) => {
      for (const k of [keys].flat()) memory.delete(k);
    },
  } as unknown as Area);

export const STORE_PAGE_HANDLERS: { [N in StoreCommand]: Handler<N> } = {
  /** The open installments of the Xiaomi plans: all a Xiaomi page's panel compares with. */
  storeSnapshot: async (_input, _env, ctx) => {
    const read = await readPlans(ctx.now);
    if (!read.ok) return failure('unreadable', 'err.unreadable');
    return ok(storeEntries(read.plans, lenderToday(ctx.now)));
  },
  storePageRead: async ({ token, sourceUrl, reading }, _env, ctx) => {
    const key = storePageKey(token);
    const index = ((await pages().get(INDEX_KEY))[INDEX_KEY] as string[] | undefined) ?? [];
    const kept = index.filter((each) => each !== key);
    if (!reading) {
      await pages().remove(key);
      await pages().set({ [INDEX_KEY]: kept });
      return ok(null);
    }
    const evicted = kept.slice(0, Math.max(0, kept.length - (KEEP_PAGES - 1)));
    if (evicted.length > 0) await pages().remove(evicted);
    const record: StorePageRecord = { sourceUrl, reading, at: ctx.now };
    await pages().set({ [key]: record, [INDEX_KEY]: [...kept.slice(evicted.length), key] });
    return ok(null);
  },
  storePageOf: async ({ token }) => {
    const key = storePageKey(token);
    return ok(((await pages().get(key))[key] as StorePageRecord | undefined) ?? null);
  },
  /**
   * Stores the proposal and opens its confirmation view, once per proposal. The same proposal within
   * PROPOSAL_REPEAT_MS (a double click, a burst: commands run one at a time, so it sees the first one's
   * stamp) does nothing more. Later, or after a worker restart, the stored proposal is the memory: the
   * same one still unanswered brings its open view to the front, and opens one only if none is open.
   */
  proposeImport: async (input, env, ctx) => {
    const key = JSON.stringify([input.sourceUrl, input.title, input.periods, input.installments]);
    if (lastProposal && lastProposal.key === key && ctx.now - lastProposal.at < PROPOSAL_REPEAT_MS) return ok(null);
    lastProposal = { key, at: ctx.now };
    const stored = await importProposalItem.getValue().catch(() => null);
    if (stored && sameProposal(stored, input)) {
      if (await focusConfirmation()) return ok(null);
    } else {
      await importProposalItem.setValue({ ...input, receivedAt: ctx.now });
    }
    await env.openExtensionPage(CONFIRMATION_PATH);
    return ok(null);
  },
};

/** The same proposal: every field the page proposed (not when it arrived), in a stable key order. */
export function sameProposal(stored: object, input: object): boolean {
  const content = (value: object) => {
    const { receivedAt: _at, ...rest } = value as Record<string, unknown>;
    return JSON.stringify(rest, (_key, each: unknown) =>
      each && typeof each === 'object' && !Array.isArray(each)
        ? Object.fromEntries(Object.entries(each).sort(([a], [b]) => (a < b ? -1 : 1)))
        : each,
    );
  };
  return content(stored) === content(input);
}

/** Brings a tab already showing the confirmation view to the front; false when none is open. */
async function focusConfirmation(): Promise<boolean> {
  const url = browser.runtime.getURL(CONFIRMATION_PATH as Parameters<typeof browser.runtime.getURL>[0]);
  // Our own pages' addresses are ours to see without the tabs permission; a tab still loading has a pendingUrl.
  const open = (await browser.tabs.query({})).find((tab) => (tab.url || (tab as { pendingUrl?: string }).pendingUrl) === url);
  if (open?.id === undefined) return false;
  await browser.tabs.update(open.id, { active: true });
  await browser.windows?.update(open.windowId, { focused: true }).catch(() => undefined);
  return true;
}

/** A Xiaomi page's view of the stored plans: their open installments, at most 400. */
export function storeEntries(plans: Parameters<typeof openInstallments>[0], today: string): StoreSnapshotEntry[] {
  return openInstallments(
    plans.filter((plan) => plan.lender.kind === 'xiaomi'),
    today,
  )
    .slice(0, 400)
    .map(({ plan, status }) => ({
      planId: plan.id,
      title: plan.title,
      lenderKind: plan.lender.kind,
      period: status.period,
      periods: plan.periods,
      dueDate: status.dueDate,
      amount: status.total,
      remaining: status.remaining,
      autoRepay: plan.autoRepay,
      principal: plan.principal,
      firstDueDate: plan.firstDueDate,
      ...(plan.orderNo ? { orderNo: plan.orderNo } : {}),
    }));
}

/**
 * Content scripts may not touch storage.local where the browser can enforce it (Chrome 102+): they
 * read nothing from it and write through commands only. Firefox has no such setting.
 */
export function restrictStorageToExtension(): void {
  const local = (globalThis as { chrome?: typeof chrome }).chrome?.storage?.local;
  void local
    ?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' })
    ?.catch((error: unknown) => console.warn('[repay-helper] storage access level', error));
}
