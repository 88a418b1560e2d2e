// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PlansPage } from '../../components/options/plans-page';
import { planFigures } from '../../lib/core/figures';
import type { Plan } from '../../lib/core/schemas';
import { makePlan, payment } from '../unit/core/plan-factory';
import { renderOptions } from './options-render';

vi.mock('../../lib/messaging', () => ({ sendMessage: vi.fn() }));
// Counted, not changed: each plan's figures are computed once per data change, not once per keystroke.
vi.mock('../../lib/core/figures', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/core/figures')>();
  return { ...actual, planFigures: vi.fn(actual.planFigures) };
});

const TODAY = '2026-03-20';
/** Four plans on 20 March 2026, each made anew so no test sees figures another one computed. */
const portfolio = (): Plan[] => [
  // Periods 1–3 paid: next due 10 April.
  makePlan({ payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10'), payment(3, 107_200, '2026-03-10')] }),
  // Period 3, due 10 March, unpaid: late.
  makePlan({
    id: 'laptop',
    title: 'Laptop',
    lender: { kind: 'card', name: '招商银行信用卡' },
    payments: [payment(1, 107_200, '2026-01-10'), payment(2, 107_200, '2026-02-10')],
  }),
  // Period 3 falls due on 25 March: due this month, not late.
  makePlan({
    id: 'ipad',
    title: 'iPad Air',
    lender: { kind: 'huabei', name: '' },
    firstDueDate: '2026-01-25',
    payments: [payment(1, 107_200, '2026-01-25'), payment(2, 107_200, '2026-02-25')],
  }),
  makePlan({ id: 'old', title: 'Redmi K80', archived: true }),
];

/** The titles of the cards in the list, in order; none when there is no list. */
const titles = () => {
  const list = screen.queryByRole('list', { name: /^(Installment plans|分期计划)$/ });
  return list
    ? within(list)
        .queryAllByRole('article')
        .map((card) => card.querySelector('h2')?.textContent)
    : [];
};
const search = (text: string) => fireEvent.input(screen.getByRole('searchbox'), { target: { value: text } });

afterEach(() => {
  cleanup();
  vi.mocked(planFigures).mockClear();
});

describe('searching the plans', () => {
  it('finds a plan by its title, whatever the case or character width', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    expect(titles()).toEqual(['Laptop', 'iPad Air', 'Xiaomi 15 Pro']);
    search('ＸＩＡＯＭＩ'); // Full-width letters, as a Chinese keyboard may type them.
    expect(titles()).toEqual(['Xiaomi 15 Pro']);
    expect(screen.getByText('Showing 1 of 3 plans')).toBeTruthy();
  });

  it('finds a plan by the lender’s own name or by the kind of lender', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'zh-CN');
    search('招商');
    expect(titles()).toEqual(['Laptop']);
    search('花呗');
    expect(titles()).toEqual(['iPad Air']);
    expect(screen.getByText('显示 1 / 3 个计划')).toBeTruthy();
  });

  it('needs every word of the search to match', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    search('ipad huabei');
    expect(titles()).toEqual(['iPad Air']);
    search('ipad xiaomi');
    expect(titles()).toEqual([]);
  });

  it('waits for an IME to finish composing before searching', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'zh-CN');
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'hua' }, isComposing: true });
    expect(titles()).toHaveLength(3);
    fireEvent.compositionEnd(box, { target: { value: '花呗' } });
    expect(titles()).toEqual(['iPad Air']);
  });

  it('says when nothing matches, and clearing the search brings every plan back', async () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    search('tesla');
    expect(screen.getByText('No plans match.')).toBeTruthy();
    expect(screen.getByText('Showing 0 of 3 plans')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    await waitFor(() => expect(titles()).toHaveLength(3));
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('computes each plan’s figures once, not again for each search or filter', () => {
    const plans = portfolio();
    renderOptions(<PlansPage plans={{ ok: true, value: plans }} today={TODAY} />, 'en');
    expect(planFigures).toHaveBeenCalledTimes(plans.length);
    for (const text of ['i', 'ip', 'ipa', '']) search(text);
    fireEvent.click(screen.getByRole('radio', { name: /^Late/ }));
    expect(planFigures).toHaveBeenCalledTimes(plans.length);
  });
});

describe('filtering the plans', () => {
  it('counts the plans each filter holds, archived plans only in their own', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    const names = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.textContent);
    expect(names).toEqual(['All 3', 'Late 1', 'Due this month 1', 'Archived 1']);
    expect(screen.getByRole('radio', { name: 'All 3' })).toHaveProperty('checked', true);
  });

  it('shows only the plans with a late installment', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    fireEvent.click(screen.getByRole('radio', { name: 'Late 1' }));
    expect(titles()).toEqual(['Laptop']);
    expect(screen.getByText('Showing 1 of 1 plan')).toBeTruthy();
  });

  it('shows only the plans with an installment due by the end of this month, not yet late', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'zh-CN');
    fireEvent.click(screen.getByRole('radio', { name: '本月到期 1' }));
    expect(titles()).toEqual(['iPad Air']);
  });

  it('shows the archived plans, and only them', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'zh-CN');
    expect(titles()).not.toContain('Redmi K80');
    fireEvent.click(screen.getByRole('radio', { name: '已归档 1' }));
    expect(titles()).toEqual(['Redmi K80']);
  });

  it('filters what the search found, and counts what each filter holds of it', () => {
    renderOptions(<PlansPage plans={{ ok: true, value: portfolio() }} today={TODAY} />, 'en');
    search('xiaomi'); // The phone by title; the archived Redmi by its lender, Xiaomi Installments.
    expect(screen.getByRole('radio', { name: 'Archived 1' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Late 0' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'Archived 1' }));
    expect(titles()).toEqual(['Redmi K80']);
  });
});

describe('a long list', () => {
  const many = Array.from({ length: 50 }, (_, index) => makePlan({ id: `p${index}`, title: `Plan ${String(index).padStart(3, '0')}` }));

  it('shows the first 20 plans, and 20 more on request, with focus on the first new one', async () => {
    renderOptions(<PlansPage plans={{ ok: true, value: many }} today={TODAY} />, 'en');
    expect(titles()).toHaveLength(20);
    expect(screen.getByText('Showing 50 of 50 plans')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (30 left)' }));
    await waitFor(() => expect(titles()).toHaveLength(40));
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Plan 020'));
    fireEvent.click(screen.getByRole('button', { name: 'Show 10 more (10 left)' }));
    await waitFor(() => expect(titles()).toHaveLength(50));
    expect(screen.queryByRole('button', { name: /^Show \d+ more/ })).toBeNull();
  });

  it('starts again from the first 20 when the search changes', async () => {
    renderOptions(<PlansPage plans={{ ok: true, value: many }} today={TODAY} />, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Show 20 more (30 left)' }));
    await waitFor(() => expect(titles()).toHaveLength(40));
    search('plan');
    expect(titles()).toHaveLength(20);
  });
});
