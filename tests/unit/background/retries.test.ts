import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RECEIPT_KEEP_MS } from '../../../lib/background/receipts';
import { createRepayService } from '../../../lib/background/service';
import type { Plan } from '../../../lib/core/schemas';
import { readPlans } from '../../../lib/storage/reader';
import { makePlan } from '../core/plan-factory';
import { at, harness } from './harness';

const PAY = { planId: 'plan-1', period: 1, amount: 50_000, date: '2026-03-15' };

async function payments(): Promise<Plan['payments']> {
  const read = await readPlans();
  return read.ok ? (read.value[0]?.payments ?? []) : [];
}

describe('a command sent again with the same id (a view retrying after a closed channel)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a retried partial payment with the first result and records it once', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    const first = await service.execute('recordPayment', PAY, 'extension', 'client-0001');
    const retry = await service.execute('recordPayment', PAY, 'extension', 'client-0001');
    expect(first).toMatchObject({ ok: true });
    expect(retry).toEqual(first);
    expect(await payments()).toHaveLength(1);
  });

  it('joins a retry that arrives while the first is still queued', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    const [first, retry] = await Promise.all([
      service.execute('recordPayment', PAY, 'extension', 'client-0002'),
      service.execute('recordPayment', PAY, 'extension', 'client-0002'),
    ]);
    expect(retry).toEqual(first);
    expect(await payments()).toHaveLength(1);
  });

  it('remembers the answer across a worker restart: the receipt is stored with the payment', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    const first = await service.execute('recordPayment', PAY, 'extension', 'client-0003');
    const restarted = createRepayService(env); // a new worker: nothing in memory
    expect(await restarted.execute('recordPayment', PAY, 'extension', 'client-0003')).toEqual(first);
    expect(await payments()).toHaveLength(1);
  });

  it('gives a deleted plan back to a retried delete, so its undo still works', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    const first = await service.execute('deletePlan', { id: 'plan-1' }, 'extension', 'client-0004');
    const retry = await createRepayService(env).execute('deletePlan', { id: 'plan-1' }, 'extension', 'client-0004');
    expect(first).toMatchObject({ ok: true, value: { id: 'plan-1' } });
    expect(retry).toEqual(first);
  });

  it('applies a command again when its first try failed, and commands with other ids as usual', async () => {
    const { service } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    expect(await service.execute('recordPayment', { ...PAY, planId: 'nope' }, 'extension', 'client-0005')).toMatchObject({ ok: false });
    expect(await service.execute('recordPayment', PAY, 'extension', 'client-0005')).toMatchObject({ ok: true });
    expect(await service.execute('recordPayment', PAY, 'extension', 'client-0006')).toMatchObject({ ok: true });
    expect(await payments()).toHaveLength(2);
  });

  it('answers a retry that comes after 100 other commands (a burst between the send and its retry) without applying it again', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    const first = await service.execute('recordPayment', PAY, 'extension', 'client-first');
    expect(first).toMatchObject({ ok: true });
    for (let i = 0; i < 100; i++) {
      env.clock.now += 100;
      const other = { planId: 'plan-1', period: 2, amount: 100, date: '2026-03-15' };
      expect(await service.execute('recordPayment', other, 'extension', `client-other-${i}`)).toMatchObject({ ok: true });
    }
    // The retry reaches a restarted worker (the first channel closed when it stopped): the stored receipt answers.
    env.clock.now += 1_000;
    // (The answer is the plan as it is now, read again by id: the receipt keeps the plan's id only.)
    expect(await createRepayService(env).execute('recordPayment', PAY, 'extension', 'client-first')).toMatchObject({
      ok: true,
      value: { id: 'plan-1' },
    });
    const kept = await payments();
    expect(kept.filter((payment) => payment.period === 1)).toHaveLength(1);
    expect(kept).toHaveLength(101);
  });

  it('forgets receipts older than the retry window at the next write, so the list stays small', async () => {
    const { service, env } = await harness({ plans: [makePlan()], now: at('2026-03-15', 10) });
    await service.execute('recordPayment', PAY, 'extension', 'client-old');
    env.clock.now += RECEIPT_KEEP_MS + 1;
    await service.execute('recordPayment', { ...PAY, period: 2 }, 'extension', 'client-new');
    const stored = (await fakeBrowser.storage.local.get('receipts')).receipts as { clientId: string }[];
    expect(stored.map((receipt) => receipt.clientId)).toEqual(['client-new']);
  });
});
