import { formatMoney } from '../core/money';
import { DEFAULT_PENALTY_DAILY_RATE } from '../core/schemas';
import { formatDate } from '../i18n/format';
import type { StoreKey } from '../i18n/store';
import type { Locale, Params } from '../i18n/translate';
import type { PanelModel } from './panel-model';

type Child = Node | string | null | false | undefined;
export type Translate = (key: StoreKey, params?: Params) => string;

/** Elements from text only: page text and stored titles never become markup. */
export function h(tag: string, props: Record<string, string>, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/** Consecutive periods joined into runs: [1, 2, 3, 5] → ['1–3', '5']. */
export function periodRuns(periods: number[]): string[] {
  const runs: [number, number][] = [];
  for (const period of [...new Set(periods)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && period === last[1] + 1) last[1] = period;
    else runs.push([period, period]);
  }
  return runs.map(([from, to]) => (from === to ? String(from) : `${from}–${to}`));
}

const CHECKLIST = ['checkPayments', 'checkFees', 'checkTerms', 'checkContact', 'checkUpdate'] as const;

/**
 * Draws a model's parts in reading order, one small function per part, in our wording and the locale's
 * money and date formats. The import offers keep state, so they are drawn by their own unit (`importOffers`).
 */
export function createSectionDrawer(
  locale: Locale,
  t: Translate,
  importOffers: (proposals: NonNullable<PanelModel['importOffers']>) => Node[],
) {
  const money = (fen: number) => formatMoney(fen, locale);
  const date = (iso: string) => formatDate(iso, locale, true);
  // Periods as runs: 1–12, or 2, 5–7.
  const list = (items: number[]) => periodRuns(items).join(locale === 'zh-CN' ? '、' : ', ');
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 3 });

  const late = ({ days, amount, penalty }: NonNullable<PanelModel['late']>) =>
    h(
      'p',
      { class: 'warn', 'data-part': 'late' },
      t('lateLine', { days, amount: money(amount), penalty: money(penalty), rate: percent.format(DEFAULT_PENALTY_DAILY_RATE) }),
    );

  const next = ({ dueDate, remaining, period, periods, title }: NonNullable<PanelModel['next']>) =>
    h(
      'section',
      { class: 'next' },
      h('h2', {}, t('nextPayment')),
      h(
        'p',
        { 'data-part': 'next' },
        t('nextLine', { date: date(dueDate), amount: money(remaining) }),
        ' · ',
        t('periodOf', { period, periods }),
      ),
      h('p', { class: 'muted' }, t('planTitle', { title })),
    );

  const pageDue = ({ dueDate, amount }: NonNullable<PanelModel['pageDue']>) =>
    h(
      'p',
      { 'data-part': 'page' },
      amount !== undefined && dueDate
        ? t('pageDue', { date: date(dueDate), amount: money(amount) })
        : amount !== undefined
          ? t('pageDueAmount', { amount: money(amount) })
          : t('pageDueDate', { date: date(dueDate ?? '') }),
    );

  const mismatch = ({ rows, lenderName, plans = [] }: NonNullable<PanelModel['mismatch']>) =>
    h(
      'section',
      { class: 'warn', role: 'alert', 'data-part': 'mismatch' },
      h('h2', {}, t('mismatchTitle')),
      ...plans.map((plan) =>
        h('p', { 'data-part': 'mismatch-plan' }, t('mismatchPlan', { title: plan.title, periods: list(plan.periods) })),
      ),
      ...rows.map((m) =>
        h(
          'p',
          {},
          m.field === 'amount'
            ? t('mismatchAmount', { date: date(m.dueDate), page: money(m.page), stored: money(m.stored) })
            : t('mismatchDate', { page: date(m.page), stored: date(m.stored) }),
        ),
      ),
      h('p', {}, t('checklistTitle')),
      h('ul', {}, ...CHECKLIST.map((key) => h('li', {}, t(key, { lender: lenderName })))),
    );

  const zeroLimit = ({ next: due }: NonNullable<PanelModel['zeroLimit']>) =>
    h(
      'section',
      { class: 'note', 'data-part': 'zero-limit' },
      h('p', {}, t('zeroLimit')),
      due && h('p', {}, t('zeroLimitNext', { date: date(due.dueDate), amount: money(due.remaining) })),
    );

  return function drawSections(model: PanelModel): Node[] {
    const parts: Child[] = [
      model.next && next(model.next),
      model.pageDue && pageDue(model.pageDue),
      model.snapshotUnavailable && h('p', { class: 'muted', 'data-part': 'unavailable' }, t('snapshotUnavailable')),
      model.overdue && h('p', { class: 'warn', 'data-part': 'overdue' }, t('overdue')),
      model.late && late(model.late),
      model.mismatch && mismatch(model.mismatch),
      model.zeroLimit && zeroLimit(model.zeroLimit),
    ];
    return [...parts.filter((part): part is Node => Boolean(part)), ...(model.importOffers ? importOffers(model.importOffers) : [])];
  };
}
