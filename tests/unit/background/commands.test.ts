import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, type Plan } from '../../../lib/core/schemas';
import { readItem, SETTINGS } from '../../../lib/storage/items';
import { makePlan } from '../core/plan-factory';
import { at, DRAFT as draft, harness, storedPlans } from './harness';

describe('commands through the single writer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a plan with a fresh id and, on request, records earlier periods as paid on their due dates', async () => {
    const { service } = await harness({ now: at('2026-03-15', 10) });
    const result = await service.execute('addPlan', { draft, paidThroughPeriod: 2 }, 'extension');
    expect(result).toMatchObject({ ok: true, value: { id: 'id-1', title: 'Xiaomi 15 Pro', createdAt: at('2026-03-15', 10) } });
    const [plan] = await storedPlans();
    expect(plan?.payments.map((p) => [p.period, p.amount, p.date])).toEqual([
      [1, 107_200, '2026-01-10'],
      [2, 107_200, '2026-02-10'],
    ]);
  });

  it('rejects impossible terms with every problem named, and stores nothing', async () => {
    const { service } = await harness({ now: at('2026-03-15', 10) });
    const result = await service.execute('addPlan', { draft: { ...draft, principal: 5, periods: 12 } }, 'extension');
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid', message: 'err.invalid', details: [{ path: 'principal', key: 'err.principalBelowPeriods' }] },
    });
    expect(await storedPlans()).toEqual([]);
  });

  it('rejects a malformed payload with the field and its message', async () => {
    const { service } = await harness({ now: at('2026-03-15', 10) });
    const result = await service.execute('recordPayment', { planId: 'plan-1', period: 1, date: '2026-02-30' }, 'extension');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid', details: [{ path: 'date', key: 'err.date' }] } });
  });

  it('records a partial payment, a full one for the rest, and undoes one', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-06', 10) });
    await service.execute(
      'recordPayment',
      { planId: 'plan-1', period: 1, amount: 50_000, date: '2026-01-05', note: '先还一部分' },
      'extension',
    );
    const full = await service.execute('recordPayment', { planId: 'plan-1', period: 1, date: '2026-01-06' }, 'extension');
    expect(full.ok).toBe(true);
    let [plan] = await storedPlans();
    expect(plan?.payments.map((p) => [p.amount, p.note])).toEqual([
      [50_000, '先还一部分'],
      [57_200, ''],
    ]);
    await service.execute('undoPayment', { planId: 'plan-1', paymentId: plan?.payments[1]?.id }, 'extension');
    [plan] = await storedPlans();
    expect(plan?.payments).toHaveLength(1);
    expect(await service.execute('recordPayment', { planId: 'nope', period: 1, date: '2026-01-06' }, 'extension')).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('skips and unskips a period, snoozes a reminder, archives, deletes and restores a plan', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-05', 10) });
    await service.execute('skipPeriod', { planId: 'plan-1', period: 3, skipped: true }, 'extension');
    expect((await storedPlans())[0]?.skippedPeriods).toEqual([3]);
    await service.execute('skipPeriod', { planId: 'plan-1', period: 3, skipped: false }, 'extension');
    expect((await storedPlans())[0]?.skippedPeriods).toEqual([]);
    await service.execute('snooze', { planId: 'plan-1', period: 1, until: at('2026-01-06', 9) }, 'extension');
    expect((await storedPlans())[0]?.snoozes).toEqual([{ period: 1, until: at('2026-01-06', 9) }]);
    await service.execute('archivePlan', { id: 'plan-1', archived: true }, 'extension');
    expect((await storedPlans())[0]?.archived).toBe(true);
    const deleted = await service.execute('deletePlan', { id: 'plan-1' }, 'extension');
    expect(await storedPlans()).toEqual([]);
    if (!deleted.ok) throw new Error('delete failed');
    await service.execute('restorePlan', { plan: deleted.value }, 'extension');
    expect(await storedPlans()).toEqual([deleted.value]);
    // A "restored" plan whose terms cannot be scheduled would stop every reminder: refused.
    expect(
      await service.execute('restorePlan', { plan: { ...(deleted.value as Plan), id: 'bad', rate: 0.09 } }, 'extension'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid', details: [{ path: 'plan', key: 'err.impossibleTerms' }] },
    });
  });

  it('updates settings, de-duplicating and ordering the lead days', async () => {
    const { service } = await harness({ now: at('2026-01-05', 10) });
    const result = await service.execute('updateSettings', { ...DEFAULT_SETTINGS, leadDays: [1, 7, 1, 0], reminderHour: 20 }, 'extension');
    expect(result).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, leadDays: [7, 1, 0], reminderHour: 20 } });
    expect(await readItem(SETTINGS)).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, leadDays: [7, 1, 0], reminderHour: 20 } });
  });

  it('applies 100 concurrent commands one at a time: none is lost', async () => {
    const plan = makePlan({ periods: 120, principal: 12_000_000 });
    const { service } = await harness({ plans: [plan], now: at('2026-01-05', 10) });
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, index) =>
        service.execute('recordPayment', { planId: 'plan-1', period: index + 1, amount: 100, date: '2026-01-05' }, 'extension'),
      ),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await storedPlans())[0]?.payments.map((p) => p.period).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
  });

  it('refuses every change while the stored plans cannot be read, and keeps them as they are', async () => {
    const { service } = await harness({ now: at('2026-01-05', 10) });
    await fakeBrowser.storage.local.set({ plans: { not: 'a list' } });
    const result = await service.execute('addPlan', { draft }, 'extension');
    expect(result).toEqual({ ok: false, error: { code: 'unreadable', message: 'err.unreadable' } });
    expect((await fakeBrowser.storage.local.get('plans')).plans).toEqual({ not: 'a list' });
    const discarded = await service.execute('discardUnreadable', { key: 'plans' }, 'extension');
    expect(discarded).toEqual({ ok: true, value: null });
    expect((await fakeBrowser.storage.local.get('quarantine')).quarantine).toEqual([
      expect.objectContaining({ key: 'plans', raw: { not: 'a list' } }),
    ]);
    expect(await storedPlans()).toEqual([]);
  });
});

describe('content scripts are untrusted', () => {
  beforeEach(() => fakeBrowser.reset());

  it('may neither change plans nor read them: the store snapshot goes to the extension’s own panel frame', async () => {
    const otherLenders = [
      makePlan({ id: 'bank-1', title: 'Bank loan', lender: { kind: 'other', name: 'Bank' } }),
      makePlan({ id: 'bank-2', title: 'Card', lender: { kind: 'other', name: '招商银行' }, firstDueDate: '2026-01-06' }),
    ];
    const { service } = await harness({ plans: [otherLenders[0] as Plan, makePlan(), otherLenders[1] as Plan], now: at('2026-01-05', 10) });
    expect(await service.execute('deletePlan', { id: 'plan-1' }, 'content-script')).toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'err.forbidden' },
    });
    expect(await storedPlans()).toHaveLength(3);
    expect(await service.execute('storeSnapshot', undefined, 'content-script')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const snapshot = await service.execute('storeSnapshot', undefined, 'extension');
    // The Xiaomi plan's installments only: the other lenders' plans (one due sooner) are none of the page's business.
    expect(snapshot.ok && new Set((snapshot.value as { planId: string }[]).map((entry) => entry.planId))).toEqual(new Set(['plan-1']));
    expect(JSON.stringify(snapshot)).not.toMatch(/Bank|招商银行|Card/);
    expect(snapshot.ok && (snapshot.value as unknown[])[0]).toEqual({
      planId: 'plan-1',
      title: 'Xiaomi 15 Pro',
      lenderKind: 'xiaomi',
      period: 1,
      periods: 12,
      dueDate: '2026-01-10',
      amount: 107_200,
      remaining: 107_200,
      autoRepay: false,
      // What matching the page's orders needs (principal, periods and first due date together).
      principal: 1_200_000,
      firstDueDate: '2026-01-10',
    });
  });

  it('proposes an import: stored for the user to confirm and the options page opened, no plan written', async () => {
    const { service, env } = await harness({ now: at('2026-01-05', 10) });
    const proposal = {
      sourceUrl: 'https://jr.mi.com/plan',
      title: '小米 15',
      installments: [{ period: 1, dueDate: '2026-02-10', amount: 107_200 }],
    };
    expect(await service.execute('proposeImport', proposal, 'content-script')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await service.execute('proposeImport', proposal, 'extension')).toEqual({ ok: true, value: null });
    expect((await fakeBrowser.storage.local.get('importProposal')).importProposal).toEqual({
      ...proposal,
      receivedAt: at('2026-01-05', 10),
    });
    expect(env.opened).toEqual(['/options.html#import-proposal']);
    expect(await storedPlans()).toEqual([]);
    expect(
      await service.execute('proposeImport', { ...proposal, installments: [{ dueDate: 'soon', amount: -1 }] }, 'extension'),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });
});
