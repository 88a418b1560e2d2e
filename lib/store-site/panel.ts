import type { ImportProposal } from '../core/import-proposal';
import { formatMoney } from '../core/money';
import { formatDate } from '../i18n/format';
import type { StoreKey } from '../i18n/store';
import type { Locale, Params } from '../i18n/translate';
import type { Comparison, Mismatch } from './compare';
import { PANEL_CSS } from './panel-style';
import type { PageReading } from './read-page';

export interface PanelView {
  reading: PageReading;
  comparison: Comparison;
  /** False when the stored plans could not be read (the panel says so instead of comparing). */
  snapshotOk: boolean;
  proposal: ImportProposal | null;
  lenderName: string;
}

export interface PanelDeps {
  locale: Locale;
  t: (key: StoreKey, params?: Params) => string;
  propose: (proposal: ImportProposal) => Promise<boolean>;
}

type Child = Node | string | null | false | undefined;

/** Elements from text only: page text never becomes markup. */
function h(tag: string, props: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

export const PANEL_TAG = 'repay-helper-panel';

/** The shadow-root panel; `render` rebuilds its few nodes, `remove` takes it off the page. */
export function createPanel(deps: PanelDeps) {
  const { t, locale } = deps;
  let host: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let dismissed = false;
  /** Folded down to its header, so it covers as little of the page as possible. */
  let collapsed = false;
  let importState: 'idle' | 'sending' | 'sent' | 'failed' = 'idle';
  let importKey = '';
  let last: PanelView | null = null;
  const money = (fen: number) => formatMoney(fen, locale);
  const date = (iso: string) => formatDate(iso, locale, true);

  function mismatchLine(m: Mismatch): string {
    return m.field === 'amount'
      ? t('mismatchAmount', { date: date(m.dueDate), page: money(m.page), stored: money(m.stored) })
      : t('mismatchDate', { page: date(m.page), stored: date(m.stored) });
  }

  function body(view: PanelView): Child[] {
    const { reading, comparison, proposal } = view;
    const next = comparison.next;
    const nextLine = next ? t('nextLine', { date: date(next.dueDate), amount: money(next.remaining) }) : null;
    const pageLine =
      reading.dueAmount !== undefined && reading.dueDate
        ? t('pageDue', { date: date(reading.dueDate), amount: money(reading.dueAmount) })
        : reading.dueAmount !== undefined
          ? t('pageDueAmount', { amount: money(reading.dueAmount) })
          : reading.dueDate && t('pageDueDate', { date: date(reading.dueDate) });
    const checks = ['checkPayments', 'checkFees', 'checkTerms', 'checkContact', 'checkUpdate'] as const;
    return [
      next &&
        h(
          'section',
          { class: 'next' },
          h('h3', {}, t('nextPayment')),
          h('p', { 'data-part': 'next' }, nextLine, ' · ', t('periodOf', { period: next.period, periods: next.periods })),
          h('p', { class: 'muted' }, t('planTitle', { title: next.title })),
        ),
      pageLine && h('p', { 'data-part': 'page' }, pageLine),
      !view.snapshotOk && h('p', { class: 'muted', 'data-part': 'unavailable' }, t('snapshotUnavailable')),
      reading.overdue && h('p', { class: 'warn', 'data-part': 'overdue' }, t('overdue')),
      comparison.mismatches.length > 0 &&
        h(
          'section',
          { class: 'warn', role: 'alert', 'data-part': 'mismatch' },
          h('h3', {}, t('mismatchTitle')),
          ...comparison.mismatches.map((m) => h('p', {}, mismatchLine(m))),
          h('p', {}, t('checklistTitle')),
          h('ul', {}, ...checks.map((key) => h('li', {}, t(key, { lender: view.lenderName })))),
        ),
      reading.zeroLimit &&
        h(
          'section',
          { class: 'note', 'data-part': 'zero-limit' },
          h('p', {}, t('zeroLimit')),
          next
            ? h('p', {}, t('zeroLimitNext', { date: date(next.dueDate), amount: money(next.remaining) }))
            : reading.dueAmount !== undefined && reading.dueDate
              ? h('p', {}, t('zeroLimitNext', { date: date(reading.dueDate), amount: money(reading.dueAmount) }))
              : null,
        ),
      proposal && comparison.untracked && importSection(proposal),
    ];
  }

  function importSection(proposal: ImportProposal): HTMLElement {
    // Another plan (an SPA move to the next order) starts with a fresh button, not the last one's "sent".
    const key = JSON.stringify(proposal.installments);
    if (key !== importKey) {
      importKey = key;
      importState = 'idle';
    }
    const button = h('button', { type: 'button', class: 'import' }, importState === 'sending' ? t('importSending') : t('importButton'));
    if (importState === 'sending' || importState === 'sent') button.setAttribute('disabled', '');
    button.addEventListener('click', async () => {
      importState = 'sending';
      rerender();
      importState = (await deps.propose(proposal)) ? 'sent' : 'failed';
      rerender();
    });
    const status = importState === 'sent' ? t('importSent') : importState === 'failed' ? t('importFailed') : '';
    return h(
      'section',
      { 'data-part': 'import' },
      h('p', {}, t('importOffer', { count: proposal.installments.length })),
      button,
      h('p', { class: 'muted', role: 'status' }, status),
    );
  }

  function rerender(): void {
    if (last) render(last);
  }

  function render(view: PanelView): void {
    last = view;
    if (dismissed) return;
    if (!host) {
      host = document.createElement(PANEL_TAG);
      shadow = host.attachShadow({ mode: 'open' });
      document.documentElement.append(host);
    }
    if (!host.isConnected) document.documentElement.append(host);
    const close = h('button', { type: 'button', class: 'close', 'aria-label': t('close') }, '×');
    close.addEventListener('click', () => {
      dismissed = true;
      remove();
    });
    const fold = h(
      'button',
      { type: 'button', class: 'close fold', 'aria-expanded': String(!collapsed), 'aria-label': t('collapse') },
      collapsed ? '▴' : '▾',
    );
    fold.addEventListener('click', () => {
      collapsed = !collapsed;
      rerender();
      shadow?.querySelector<HTMLElement>('[aria-expanded]')?.focus();
    });
    const panel = h(
      'aside',
      { class: 'panel', 'aria-label': t('panelLabel') },
      h('header', {}, h('h2', {}, t('panelLabel')), h('span', {}, fold, close)),
      ...(collapsed ? [] : body(view)),
    );
    shadow?.replaceChildren(h('style', {}, PANEL_CSS), panel);
  }

  function remove(): void {
    host?.remove();
    host = null;
    shadow = null;
  }

  return {
    render,
    remove,
    isOwn: (node: Node) => node === host,
    get host() {
      return host;
    },
  };
}

export type Panel = ReturnType<typeof createPanel>;
