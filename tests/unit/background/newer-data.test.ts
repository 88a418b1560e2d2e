import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { COMMANDS, type CommandInput, type CommandName, changesData, type SenderKind } from '../../../lib/protocol';
import { readStoredView } from '../../../lib/storage/reader';
import { makePlan } from '../core/plan-factory';
import { at, DRAFT, harness } from './harness';

const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const REFUSED = { ok: false, error: { code: 'conflict', message: 'err.newerData' } };

describe('data written by a newer version: shown, never rewritten', () => {
  beforeEach(() => fakeBrowser.reset());

  it('refuses to rewrite a plan with fields this version does not know, and leaves it as it is', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-05', 10) });
    const future = { ...makePlan(), installmentFees: [{ period: 1, fee: 100 }] };
    await fakeBrowser.storage.local.set({ 'plan:plan-1': future });
    expect(await service.execute('recordPayment', { planId: 'plan-1', period: 1, date: '2026-01-05' }, 'extension')).toEqual(REFUSED);
    expect(await stored('plan:plan-1')).toEqual(future);
    expect((await readStoredView()).newerData).toBe(true);
  });

  it('after a reconcile has seen such a plan, refuses every change, even to other plans and settings', async () => {
    const { service } = await harness({ plans: [makePlan(), makePlan({ id: 'other' })], now: at('2026-01-05', 10) });
    await fakeBrowser.storage.local.set({ 'plan:plan-1': { ...makePlan(), installmentFees: [] } });
    await service.reconcile();
    expect(await service.execute('archivePlan', { id: 'other', archived: true }, 'extension')).toEqual(REFUSED);
    expect(await service.execute('updateSettings', { ...DEFAULT_SETTINGS, reminderHour: 20 }, 'extension')).toEqual(REFUSED);
  });

  it('treats a higher version stamp as newer data: no command changes anything, reading goes on', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-05', 10) });
    await fakeBrowser.storage.local.set({ plans$: { v: 4 } });
    expect(await service.execute('skipPeriod', { planId: 'plan-1', period: 2, skipped: true }, 'extension')).toEqual(REFUSED);
    expect((await service.execute('storeSnapshot', undefined, 'extension')).ok).toBe(true);
    const view = await readStoredView();
    expect(view.newerData).toBe(true);
    expect(view.plans.ok && view.plans.value).toEqual([makePlan()]);
  });

  it('treats settings with unknown fields the same way', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-05', 10) });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, aFieldFromTheFuture: 800_000 } });
    expect(await service.execute('updateSettings', DEFAULT_SETTINGS, 'extension')).toEqual(REFUSED);
    expect(await stored('settings')).toEqual({ ...DEFAULT_SETTINGS, aFieldFromTheFuture: 800_000 });
  });

  it('sends a due reminder but leaves a sent-log stamped by a newer version as it is', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-07', 9) });
    const log = [{ id: 'older:1:lead-1@2026-01-01', at: at('2026-01-01', 9) }];
    await fakeBrowser.storage.local.set({ sentLog: log, sentLog$: { v: 2 } });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-01-10']);
    // Still sent once: the worker remembers it while it cannot log it.
    expect((await service.reconcile()).sent).toEqual([]);
    expect(await stored('sentLog')).toEqual(log);
    expect(await stored('sentLog$')).toEqual({ v: 2 });
  });

  it('leaves a sent-log whose entries carry fields this version does not know as it is, and says the data is newer', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-01-07', 9) });
    const log = [{ id: 'older:1:lead-1@2026-01-01', at: at('2026-01-01', 9), channel: 'phone' }];
    await fakeBrowser.storage.local.set({ sentLog: log });
    expect((await service.reconcile()).sent).toEqual(['plan-1:1:lead-3@2026-01-10']);
    expect(await stored('sentLog')).toEqual(log);
    expect((await readStoredView()).newerData).toBe(true);
    expect(await service.execute('updateSettings', { ...DEFAULT_SETTINGS, reminderHour: 20 }, 'extension')).toEqual(REFUSED);
  });
});

describe('read-only mode follows the command table', () => {
  beforeEach(() => fakeBrowser.reset());

  const plan = makePlan();
  const terms = { principal: plan.principal, periods: plan.periods, method: plan.method, rate: plan.rate, firstDueDate: plan.firstDueDate };
  const token = 'token-0123456789abcdef';
  /** A valid payload, and its sender, for each command: only read-only mode stands between it and its handler. */
  const SAMPLES: { [N in CommandName]?: [CommandInput<N>, SenderKind?] } = {
    addPlan: [{ draft: DRAFT }],
    updatePlan: [{ id: 'plan-1', draft: DRAFT }],
    deletePlan: [{ id: 'plan-1' }],
    restorePlan: [{ plan }],
    archivePlan: [{ id: 'plan-1', archived: true }],
    recordPayment: [{ planId: 'plan-1', period: 1, date: '2026-01-05' }],
    undoPayment: [{ planId: 'plan-1', paymentId: 'pay-1' }],
    skipPeriod: [{ planId: 'plan-1', period: 2, skipped: true }],
    snooze: [{ planId: 'plan-1', period: 1, until: at('2026-01-06', 9) }],
    confirmDebit: [{ planId: 'plan-1', period: 1, succeeded: true }],
    updateSettings: [DEFAULT_SETTINGS],
    importBackup: [{ backup: {} }],
    restorePreImport: [undefined],
    discardUnreadable: [{ key: 'plans' }],
    setSync: [{ enabled: true }],
    syncNow: [undefined],
    chooseSyncTerms: [{ planId: 'plan-1', terms }],
    syncPreview: [undefined],
    syncStatus: [undefined],
    dismissImportProposal: [undefined],
    storeSnapshot: [undefined],
    proposeImport: [{ sourceUrl: 'https://jr.mi.com/plan', title: '小米 15', installments: [{ dueDate: '2026-02-10', amount: 107_200 }] }],
    storePageRead: [{ token, sourceUrl: 'https://jr.mi.com/bill', reading: null }, 'content-script'],
    storePageOf: [{ token }],
    readThisPage: [{ tabId: 7 }],
  };

  it('flags exactly the commands that change nothing the user owns as queries', () => {
    const queries = (Object.keys(COMMANDS) as CommandName[]).filter((name) => !changesData(name));
    expect(queries.sort()).toEqual(
      [
        'dismissImportProposal',
        'proposeImport',
        'readThisPage',
        'storePageOf',
        'storePageRead',
        'storeSnapshot',
        'syncPreview',
        'syncStatus',
      ].sort(),
    );
  });

  it('answers a query the table flags and refuses a change, while a newer version owns the data', async () => {
    const { service } = await harness({ plans: [plan], now: at('2026-01-05', 10) });
    await fakeBrowser.storage.local.set({ plans$: { v: 4 } });
    // "Read this page" on a tab that shows no bill: answered, nothing proposed.
    Object.assign(fakeBrowser, {
      scripting: {
        executeScript: async () => [{ frameId: 0, result: { sourceUrl: 'https://example.com/', title: '', brand: '', reading: null } }],
      },
    });
    for (const [name, [input, sender]] of Object.entries(SAMPLES) as [CommandName, [unknown, SenderKind?]][]) {
      const result = await service.execute(name, input, sender ?? 'extension');
      if (changesData(name)) expect(result, name).toEqual(REFUSED);
      else expect(result, name).toMatchObject({ ok: true });
    }
    expect(await stored('plan:plan-1')).toEqual(plan);
  });
});
