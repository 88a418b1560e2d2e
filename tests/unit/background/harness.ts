import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { writeAllPlans } from '../../../lib/background/plans-store';
import { createRepayService, type ServiceEnv } from '../../../lib/background/service';
import type { Plan, PlanDraft, Settings } from '../../../lib/core/schemas';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { SETTINGS, writeItem } from '../../../lib/storage/items';
import { readPlans } from '../../../lib/storage/reader';
import { makePlan } from '../core/plan-factory';

/** Shanghai wall-clock time as an instant: at('2026-06-07', 9) is 09:00 in Asia/Shanghai. */
export function at(date: string, hour = 0, minute = 0): number {
  return Date.parse(`${date}T00:00:00Z`) - 8 * 3_600_000 + hour * 3_600_000 + minute * 60_000;
}

export interface Harness {
  service: ReturnType<typeof createRepayService>;
  env: ServiceEnv & { clock: { now: number }; opened: string[] };
}

/** A service over the fake browser, with a clock the test moves and sequential ids. */
export async function harness(options: { plans?: Plan[]; settings?: Settings; now: number; ui?: string }): Promise<Harness> {
  fakeBrowser.reset();
  let id = 0;
  const clock = { now: options.now };
  const opened: string[] = [];
  const env = {
    clock,
    opened,
    now: () => clock.now,
    newId: () => `id-${++id}`,
    uiLanguage: () => options.ui ?? 'zh-CN',
    openUrl: vi.fn(async (url: string) => void opened.push(url)),
    openExtensionPage: vi.fn(async (path: string) => void opened.push(path)),
    clearNotification: vi.fn(async (nid: string) => void (await fakeBrowser.notifications.clear(nid))),
  };
  if (options.plans) await writeAllPlans(options.plans, options.now);
  await writeItem(SETTINGS, options.settings ?? DEFAULT_SETTINGS);
  return { service: createRepayService(env), env };
}

export async function shownNotifications() {
  return fakeBrowser.notifications.getAllCreateOptions() as Record<
    string,
    { title: string; message: string; buttons?: { title: string }[] }
  >;
}

const { id: _id, payments: _p, skippedPeriods: _s, snoozes: _z, archived: _a, createdAt: _c, updatedAt: _u, ...draft } = makePlan();
/** The plan factory's plan as a user fills it in. */
export const DRAFT: PlanDraft = draft;

/** Every stored plan, as the views read them; throws when they cannot be read. */
export async function storedPlans(): Promise<Plan[]> {
  const read = await readPlans();
  if (!read.ok) throw new Error('plans unreadable');
  return read.value;
}
