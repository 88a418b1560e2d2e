import type { LenderKind } from '../core/schemas';
import type { StoreAdapter } from './adapter';
import { miAdapter } from './mi';

/** The store sites an adapter serves. */
const STORE_ADAPTERS: readonly StoreAdapter[] = [miAdapter];

/** Whether `url` is one of `adapter`'s pages: http(s), on the host of one of its match patterns (`*.` for any subdomain). */
export function servesPage(adapter: Pick<StoreAdapter, 'matches'>, url: string): boolean {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return false;
  }
  if (page.protocol !== 'http:' && page.protocol !== 'https:') return false;
  return adapter.matches.some((pattern) => {
    const host = /^\*:\/\/([^/]+)\//.exec(pattern)?.[1];
    if (!host) return false;
    return host.startsWith('*.') ? page.hostname.endsWith(host.slice(1)) : page.hostname === host;
  });
}

/** The lender whose store pages `url` is one of; undefined for any other page. */
export function lenderOfPage(url: string): LenderKind | undefined {
  return STORE_ADAPTERS.find((adapter) => servesPage(adapter, url))?.lenderKind;
}
