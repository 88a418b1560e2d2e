import { browser } from 'wxt/browser';
import { lenderToday } from '../core/dates';
import { storeMessages } from '../i18n/store';
import { type Locale, resolveLocale } from '../i18n/translate';
import type { StoreSnapshotEntry } from '../protocol';
import { send } from '../send';
import { isPlansOrSettingsKey } from '../storage/followed';
import { readValues } from '../storage/reader';
import { SETTINGS_SPEC } from '../storage/values';
import { watchValues } from '../storage/watch';
import { miAdapter } from './mi';
import type { StorePageRecord } from './page-record';
import { createPanel, type PanelDeps } from './panel';
import { tokenOfFragment } from './panel-address';
import { panelView } from './panel-model';
import type { PageOrder } from './read-page';

/** What the panel draws from: its page's reading, the Xiaomi plans (null: unreadable), the language. */
export interface PanelData {
  record: StorePageRecord | undefined;
  entries: StoreSnapshotEntry[] | null;
  locale: Locale;
}

async function loadData(token: string): Promise<PanelData> {
  const [page, [settings], snapshot] = await Promise.all([
    send('storePageOf', { token }),
    readValues([SETTINGS_SPEC]),
    send('storeSnapshot'),
  ]);
  const language = settings.ok ? settings.value.language : 'auto';
  return {
    record: page.ok ? (page.value ?? undefined) : undefined,
    entries: snapshot.ok ? snapshot.value : null,
    locale: resolveLocale(language, browser.i18n.getUILanguage()),
  };
}

/**
 * The store panel's page, inside the frame the content script mounts. It is told only a token (its
 * address's fragment, whose count changes with each new reading) and asks the background for the
 * rest: its page's reading and the Xiaomi plans. It takes no message from the page (at worst the page
 * rewrites the fragment, which only makes it ask again); it tells the page's window only its layout
 * (open, folded, closed), for the content script to size the frame.
 */
export function startPanelApp(doc: Document): void {
  const token = tokenOfFragment(doc.location.hash);
  const draw = createPanelApp(doc, {
    propose: async (proposal) => (await send('proposeImport', proposal)).ok,
    onLayout: (layout) => window.parent.postMessage({ repayPanel: layout }, '*'),
  });
  let running = false;
  let again = false;

  async function refresh(): Promise<void> {
    if (running) {
      again = true;
      return;
    }
    running = true;
    const data = await loadData(token);
    running = false;
    if (again) {
      again = false;
      return refresh();
    }
    draw(data);
  }

  watchValues(() => void refresh(), isPlansOrSettingsKey);
  window.addEventListener('hashchange', () => void refresh());
  void refresh();
}

/** Draws the panel into `doc` from each new data; a change of language draws it anew in that language. */
export function createPanelApp(doc: Document, deps: Pick<PanelDeps, 'propose' | 'onLayout'>) {
  let panel: ReturnType<typeof createPanel> | null = null;
  let locale: Locale | null = null;

  return function draw({ record, entries, locale: next }: PanelData): void {
    const t = storeMessages(next);
    if (next !== locale) {
      locale = next;
      doc.documentElement.lang = next;
      doc.title = t('panelLabel');
      panel?.remove();
      panel = createPanel({ locale: next, t, root: doc.body, ...deps });
    }
    if (!record || !panel) return;
    const lenderName = t(miAdapter.nameKey);
    const { reading, sourceUrl } = record;
    const titleOf = (periods: number | undefined) => (periods ? t('importTitle', { lender: lenderName, periods }) : lenderName);
    // An order is imported under its product's name when its card shows one.
    const orderTitle = (order: PageOrder) => order.product ?? titleOf(order.periods);
    const source = { lenderKind: miAdapter.lenderKind, lenderName, importTitle: titleOf(reading.periods), sourceUrl, orderTitle };
    panel.render(panelView(reading, entries, { ...source, today: lenderToday(Date.now()) }));
  };
}
