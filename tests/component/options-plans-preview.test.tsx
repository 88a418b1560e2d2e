// @vitest-environment happy-dom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsApp } from '../../components/options/options-app';
import { planRows } from '../../components/options/plan-rows';
import { PAGE_SIZE } from '../../components/options/plans-finder';
import { PlansPage } from '../../components/options/plans-page';
import type { PlansPreview } from '../../components/options/plans-preview';
import { portfolioOfRows } from '../../components/options/portfolio-strip';
import { TextsContext } from '../../components/options/texts';
import { ToastHost } from '../../components/options/toast';
import type { RepayState } from '../../components/use-repay-state';
import { buildAgendaSnapshot } from '../../lib/core/agenda-snapshot';
import { addDays } from '../../lib/core/dates';
import { DEFAULT_SETTINGS, type Plan } from '../../lib/core/schemas';
import { loadOptionsMessages } from '../../lib/i18n/options';
import { firstPlans, PLANS_HEAD_SIZE, plansHeadOf } from '../../lib/storage/plans-head';
import { makePlan, payment } from '../unit/core/plan-factory';
import { textsFor } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));

const TODAY = '2026-03-20';
/** 60 plans due over the next 30 days, every fifth a month behind, every seventh archived. */
const plans = (): Plan[] =>
  Array.from({ length: 60 }, (_, i) =>
    makePlan({
      id: `p${i}`,
      title: `计划 ${i + 1}`,
      firstDueDate: i % 5 === 0 ? addDays(TODAY, -40 + (i % 9)) : addDays(TODAY, (i * 11) % 30),
      archived: i % 7 === 3,
    }),
  );

/** The preview the page would show: the agenda's first `size` plans, figured as the list figures them. */
function previewOf(all: readonly Plan[], size: number): PlansPreview {
  const head = plansHeadOf(buildAgendaSnapshot(all, TODAY));
  const ids = (firstPlans(head, size) ?? []).map((plan) => plan.planId);
  const rows = planRows(
    ids.map((id) => all.find((plan) => plan.id === id) as Plan),
    TODAY,
  );
  return { rows, portfolio: head.portfolio, settings: DEFAULT_SETTINGS, locale: 'zh-CN' };
}

const texts = textsFor('zh-CN');
/** The page in Chinese, as renderOptions gives it, so that a later render of the same tree updates it. */
const page = (ui: ComponentChildren) => (
  <TextsContext.Provider value={texts}>
    <ToastHost>{ui}</ToastHost>
  </TextsContext.Provider>
);
const cards = () => within(screen.getByRole('list', { name: '分期计划' })).getAllByRole('article');

afterEach(() => {
  cleanup();
  location.hash = '';
});

describe('the plans list before every plan is read', () => {
  it('shows the first page of cards and the strip as the full list will, with search and filters waiting', () => {
    const all = plans();
    const { rerender } = render(page(<PlansPage plans={null} preview={previewOf(all, PAGE_SIZE)} today={TODAY} />));
    const first = cards();
    expect(first).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('searchbox')).toHaveProperty('disabled', true);
    expect(screen.getByRole('group', { name: '筛选' })).toHaveProperty('disabled', true);
    expect(screen.getByText('正在读取其余的计划，读完即可搜索和筛选。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /再显示/ })).toBeNull();
    const strip = (figure: string) => document.querySelector(`[data-figure="${figure}"]`)?.textContent;
    const before = ['portfolio-left', 'portfolio-month', 'portfolio-30', 'portfolio-late'].map(strip);

    rerender(page(<PlansPage plans={{ ok: true, value: all }} today={TODAY} />));
    // The same cards, in the same order and the same elements: the full list takes the preview over.
    expect(cards()).toEqual(first);
    expect(cards().every((card, i) => card === first[i])).toBe(true);
    expect(['portfolio-left', 'portfolio-month', 'portfolio-30', 'portfolio-late'].map(strip)).toEqual(before);
    expect(screen.getByRole('searchbox')).toHaveProperty('disabled', false);
    const active = all.filter((plan) => !plan.archived).length;
    expect(screen.getByText(`显示 ${active} / ${active} 个计划`)).toBeTruthy();
    expect(screen.getByRole('button', { name: `再显示 ${PAGE_SIZE} 个（还有 ${active - PAGE_SIZE} 个）` })).toBeTruthy();
  });

  it('finds its first page whole in the stored head', () => {
    expect(PAGE_SIZE).toBeLessThanOrEqual(PLANS_HEAD_SIZE);
  });

  it('sums the strip from the agenda’s head exactly as from the plans themselves', () => {
    const all = [
      ...plans(),
      makePlan({ id: 'far', title: 'Far', firstDueDate: addDays(TODAY, 80) }),
      makePlan({ id: 'part', firstDueDate: addDays(TODAY, -3), payments: [payment(1, 50_000, TODAY)] }),
    ];
    expect(plansHeadOf(buildAgendaSnapshot(all, TODAY)).portfolio).toEqual(portfolioOfRows(planRows(all, TODAY), TODAY));
  });
});

describe('the options page opened on the plans list', () => {
  it('shows the preview until every plan is read, then the full list in its place; another page waits for everything', async () => {
    await loadOptionsMessages('zh-CN');
    const all = plans();
    let loaded: (state: RepayState) => void = () => undefined;
    const initial = new Promise<RepayState>((resolve) => {
      loaded = resolve;
    });
    location.hash = '#plans';
    render(<OptionsApp initial={initial} preview={previewOf(all, PAGE_SIZE)} />);
    const first = cards();
    expect(first).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('searchbox')).toHaveProperty('disabled', true);

    await act(() => {
      location.hash = '#settings';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(screen.queryByRole('list', { name: '分期计划' })).toBeNull();
    expect(document.querySelector('.loading[aria-busy="true"]')).not.toBeNull();
    await act(() => {
      location.hash = '#plans';
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(cards()).toHaveLength(PAGE_SIZE);

    const shown = cards();
    loaded({
      plans: { ok: true, value: all },
      settings: DEFAULT_SETTINGS,
      settingsReadable: true,
      sentLogReadable: true,
      newerData: false,
      locale: 'zh-CN',
      quarantined: [],
    });
    await waitFor(() => expect(screen.getByRole('searchbox')).toHaveProperty('disabled', false));
    expect(cards().every((card, i) => card === shown[i])).toBe(true);
  });
});
