import { comparePage } from '../../../lib/store-site/compare';
import type { PageReading } from '../../../lib/store-site/read-page';
import { snapshotEntry } from './page';

const entry = (planId: string, period: number, dueDate: string, amount: number, remaining = amount) =>
  snapshotEntry({ planId, title: planId, period, dueDate, amount, remaining, autoRepay: false });
const reading = (over: Partial<PageReading>): PageReading => ({ overdue: false, zeroLimit: false, plan: [], ...over });

const phone = [entry('phone', 3, '2027-01-10', 107200), entry('phone', 4, '2027-02-10', 107200)];
const tv = [entry('tv', 1, '2027-01-15', 89900), entry('tv', 2, '2027-02-15', 89900)];

it('picks the plan whose installment the page shows, among several', () => {
  const result = comparePage(reading({ dueAmount: 89900, dueDate: '2027-01-15' }), [...phone, ...tv], 'xiaomi');
  expect(result).toMatchObject({ plan: { planId: 'tv', matched: true }, next: tv[0], mismatches: [], untracked: false });
});

it('accepts what is left after a part payment', () => {
  const part = [entry('phone', 3, '2027-01-10', 107200, 57200)];
  expect(comparePage(reading({ dueAmount: 57200, dueDate: '2027-01-10' }), part, 'xiaomi').mismatches).toEqual([]);
});

it('accepts one bill that adds up several plans due the same day', () => {
  const sameDay = [entry('a', 1, '2027-01-10', 50000), entry('b', 1, '2027-01-10', 30000)];
  expect(comparePage(reading({ dueAmount: 80000, dueDate: '2027-01-10' }), sameDay, 'xiaomi').mismatches).toEqual([]);
});

it('flags a different amount on the same due date (the wrong-amount case)', () => {
  const result = comparePage(reading({ dueAmount: 117200, dueDate: '2027-01-10' }), phone, 'xiaomi');
  expect(result.mismatches).toEqual([{ field: 'amount', page: 117200, stored: 107200, dueDate: '2027-01-10' }]);
  expect(result.plan).toEqual({ planId: 'phone', title: 'phone', matched: true });
});

it('flags a due date the stored schedule does not have, comparing with the only plan', () => {
  const result = comparePage(reading({ dueAmount: 107200, dueDate: '2027-01-12' }), phone, 'xiaomi');
  expect(result.mismatches).toContainEqual({ field: 'date', page: '2027-01-12', stored: '2027-01-10' });
});

it('flags plan rows whose amounts differ, ignoring paid rows', () => {
  const plan = [
    { period: 2, dueDate: '2026-12-10', amount: 1, paid: true },
    { period: 3, dueDate: '2027-01-10', amount: 107200, paid: false },
    { period: 4, dueDate: '2027-02-10', amount: 110000, paid: false },
  ];
  expect(comparePage(reading({ plan }), phone, 'xiaomi').mismatches).toEqual([
    { field: 'amount', page: 110000, stored: 107200, dueDate: '2027-02-10' },
  ]);
});

it('calls the page untracked, without warnings, when several plans exist and none matches', () => {
  const result = comparePage(reading({ dueAmount: 5000, dueDate: '2027-03-03' }), [...phone, ...tv], 'xiaomi');
  expect(result).toMatchObject({ mismatches: [], untracked: true, next: phone[0] });
  expect(result.plan).toBeUndefined();
});

it('has nothing to compare with when the snapshot is missing', () => {
  expect(comparePage(reading({ dueAmount: 5000 }), null, 'xiaomi')).toEqual({ mismatches: [], untracked: true });
});
