import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildBackup } from '../../../lib/core/backup';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan } from '../core/plan-factory';
import { at, harness, storedPlans } from './harness';

describe('backup import', () => {
  beforeEach(() => fakeBrowser.reset());

  it('replaces plans and settings from a valid backup and can restore the previous state once', async () => {
    const mine = makePlan({ id: 'mine' });
    const theirs = makePlan({ id: 'theirs', title: 'Redmi K80' });
    const { service } = await harness({ plans: [mine], now: at('2026-01-05', 10) });
    const backup = buildBackup([theirs], { ...DEFAULT_SETTINGS, reminderHour: 8 }, at('2026-01-01'));
    expect(await service.execute('importBackup', { backup }, 'extension')).toEqual({ ok: true, value: { plans: 1 } });
    expect(await storedPlans()).toEqual([theirs]);
    // The same import again (a double click) must not spend the one restore on the imported data.
    expect(await service.execute('importBackup', { backup }, 'extension')).toEqual({ ok: true, value: { plans: 1 } });
    expect(await service.execute('restorePreImport', undefined, 'extension')).toEqual({ ok: true, value: { plans: 1 } });
    expect(await storedPlans()).toEqual([mine]);
    expect(await service.execute('restorePreImport', undefined, 'extension')).toMatchObject({
      ok: false,
      error: { message: 'err.noPreImport' },
    });
  });

  it('keeps the earlier pre-import copy when an import fails part-way', async () => {
    const mine = makePlan({ id: 'mine' });
    const { service } = await harness({ plans: [mine], now: at('2026-01-05', 10) });
    const first = buildBackup([makePlan({ id: 'first' })], DEFAULT_SETTINGS, at('2026-01-01'));
    expect(await service.execute('importBackup', { backup: first }, 'extension')).toMatchObject({ ok: true });
    const restorePoint = (await fakeBrowser.storage.local.get('preImport')).preImport;
    // The pre-import copy is written first; the write of the imported plans then fails.
    const write = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.keys(items).some((key) => key.startsWith('plan:'))) throw new Error('QUOTA_BYTES quota exceeded');
      await write(items);
    });
    const second = buildBackup([makePlan({ id: 'second' })], DEFAULT_SETTINGS, at('2026-01-02'));
    expect(await service.execute('importBackup', { backup: second }, 'extension')).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
    expect((await fakeBrowser.storage.local.get('preImport')).preImport).toEqual(restorePoint);
    vi.restoreAllMocks();
    expect((await storedPlans()).map((plan) => plan.id)).toEqual(['first']);
  });

  it('refuses a backup that puts a reminder off for more than 30 days', async () => {
    const { service } = await harness({ plans: [], now: at('2026-01-05', 10) });
    const snoozed = makePlan({ snoozes: [{ period: 1, until: at('2026-02-15') }] });
    expect(await service.execute('importBackup', { backup: buildBackup([snoozed], DEFAULT_SETTINGS, 0) }, 'extension')).toMatchObject({
      ok: false,
      error: { details: [{ path: 'plans.0.snoozes', key: 'err.snoozeInBackup' }] },
    });
  });

  it('rejects a foreign file whole and changes nothing', async () => {
    const mine = makePlan({ id: 'mine' });
    const { service } = await harness({ plans: [mine], now: at('2026-01-05', 10) });
    expect(await service.execute('importBackup', { backup: { plans: [] } }, 'extension')).toMatchObject({
      ok: false,
      error: { message: 'err.backupForeign' },
    });
    expect(await storedPlans()).toEqual([mine]);
  });
});
