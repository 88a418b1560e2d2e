import type { Worker } from '@playwright/test';
import type { Plan } from '../../lib/core/schemas';
import { makePlan } from '../unit/core/plan-factory';

/** The lender's (Asia/Shanghai) date `offset` days from now, as the extension computes it. */
export function shanghaiDate(offset = 0, now = Date.now()): string {
  return new Date(now + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A stored plan as the background writes it (tests seed storage through the service worker): the unit
 * tests' valid 12,000.00 / 12 / 0.6 % 小米分期 plan, first due tomorrow (Shanghai), with overrides.
 */
export function seedPlan(overrides: Partial<Plan> = {}): Plan {
  return makePlan({
    id: 'e2e-plan',
    title: '小米 15 Pro',
    firstDueDate: shanghaiDate(1),
    createdAt: 1_764_000_000_000,
    updatedAt: 1_764_000_000_000,
    ...overrides,
  });
}

/** Plans as storage holds them (version 3): an index of ids and one item per plan. */
export function planLayout(plans: readonly Plan[]): Record<string, unknown> {
  return { plans: plans.map((plan) => plan.id), plans$: { v: 3 }, ...Object.fromEntries(plans.map((plan) => [`plan:${plan.id}`, plan])) };
}

/** Writes values into the extension's storage; `plans`, a list of plans, is laid out as storage holds them. */
export async function seed(worker: Worker, values: Record<string, unknown> & { plans?: Plan[] }): Promise<void> {
  const { plans, ...rest } = values;
  const items = plans ? { ...rest, ...planLayout(plans) } : rest;
  await worker.evaluate((entries) => chrome.storage.local.set(entries), items);
}

/** Every stored plan, in the index's order. */
export async function storedPlans<T = Plan>(worker: Worker): Promise<T[]> {
  return worker.evaluate(async () => {
    const ids = ((await chrome.storage.local.get('plans')).plans ?? []) as string[];
    const items = await chrome.storage.local.get(ids.map((id) => `plan:${id}`));
    return ids.map((id) => items[`plan:${id}`]);
  }) as Promise<T[]>;
}

export async function stored<T = unknown>(worker: Worker, key: string): Promise<T> {
  return worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key) as Promise<T>;
}

/** Polls `read` in the worker until `accept` holds (reminders and badge follow storage changes). */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value)) {
    if (Date.now() > deadline) throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
