import { panelModel, panelView } from '../../../lib/store-site/panel-model';
import type { PageReading } from '../../../lib/store-site/read-page';
import { snapshotEntry } from './page';

const reading = (over: Partial<PageReading>): PageReading => ({ overdue: false, zeroLimit: false, plan: [], ...over });
const source = { lenderKind: 'xiaomi', lenderName: '小米分期', importTitle: '小米分期', sourceUrl: 'https://jr.mi.com/bill' } as const;
const modelOf = (r: PageReading, entries: ReturnType<typeof snapshotEntry>[] | null) => panelModel(panelView(r, entries, source));

it('shows the stored plan’s next payment and nothing else when the page agrees with it', () => {
  const next = snapshotEntry({ dueDate: '2027-01-10', amount: 107200, remaining: 107200 });
  const model = modelOf(reading({ dueAmount: 107200, dueDate: '2027-01-10' }), [next]);
  expect(model).toEqual({
    next,
    pageDue: { dueDate: '2027-01-10', amount: 107200 },
    snapshotUnavailable: false,
    overdue: false,
  });
});

it('offers the import, without warnings, when no stored plan matches the page', () => {
  const model = modelOf(reading({ dueAmount: 89900, dueDate: '2027-01-15' }), []);
  expect(model.importOffers?.[0]?.installments).toEqual([{ dueDate: '2027-01-15', amount: 89900 }]);
  expect(model.mismatch).toBeUndefined();
});

it('names the store’s lender in the import it offers, for the editor to start on', () => {
  const model = modelOf(reading({ dueAmount: 89900, dueDate: '2027-01-15' }), []);
  expect(model.importOffers?.[0]?.lender).toEqual({ kind: 'xiaomi' });
});

it('lists the mismatch rows with the lender the checklist names', () => {
  const model = modelOf(reading({ dueAmount: 117200, dueDate: '2027-01-10' }), [snapshotEntry()]);
  expect(model.mismatch).toEqual({
    rows: [{ field: 'amount', page: 117200, stored: 107200, dueDate: '2027-01-10' }],
    lenderName: '小米分期',
  });
});

it('gives the zero-limit note the stored next payment, else the page’s, else none', () => {
  const zero = reading({ zeroLimit: true, dueAmount: 107200, dueDate: '2027-01-10' });
  const stored = snapshotEntry({ remaining: 50000 });
  expect(modelOf(zero, [stored]).zeroLimit).toEqual({ next: stored });
  expect(modelOf(zero, null).zeroLimit).toEqual({ next: { dueDate: '2027-01-10', remaining: 107200 } });
  expect(modelOf(reading({ zeroLimit: true }), null)).toMatchObject({ zeroLimit: {}, snapshotUnavailable: true });
});
