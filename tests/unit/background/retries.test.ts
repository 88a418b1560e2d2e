import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
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
});
