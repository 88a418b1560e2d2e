import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, buildBackup, diffBackup, parseBackup, serializeBackup } from '../../../lib/core/backup';
import { MAX_BACKUP_BYTES, MAX_PLANS } from '../../../lib/core/limits';
import { DEFAULT_SETTINGS, type Plan } from '../../../lib/core/schemas';
import { makePlan } from './plan-factory';

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);

const plan = (id: string, overrides: Partial<Plan> = {}): Plan => makePlan({ id, title: `Phone ${id}`, ...overrides });

describe('buildBackup and parseBackup', () => {
  it('round-trips plans and settings through the file text unchanged', () => {
    const plans = [plan('a'), plan('b', { payments: [{ id: 'p1', period: 1, amount: 107_200, date: '2026-01-09', note: '' }] })];
    const text = serializeBackup(buildBackup(plans, { ...DEFAULT_SETTINGS, language: 'en' }, NOW));
    const parsed = parseBackup(text);
    expect(parsed).toEqual({
      ok: true,
      backup: {
        format: BACKUP_FORMAT,
        version: 1,
        exportedAt: '2026-11-25T02:00:00.000Z',
        plans,
        settings: { ...DEFAULT_SETTINGS, language: 'en' },
      },
    });
  });

  it('accepts an already parsed object as well as text', () => {
    const backup = buildBackup([plan('a')], DEFAULT_SETTINGS, NOW);
    expect(parseBackup(structuredClone(backup))).toEqual({ ok: true, backup });
  });

  it('rejects text that is not JSON as a foreign file', () => {
    expect(parseBackup('PK\u0003\u0004 not json')).toEqual({ ok: false, error: 'err.backupForeign' });
  });

  it('rejects JSON from another program as a foreign file', () => {
    expect(parseBackup({ format: 'some-other-app', version: 1 })).toEqual({ ok: false, error: 'err.backupForeign' });
    expect(parseBackup([1, 2, 3])).toEqual({ ok: false, error: 'err.backupForeign' });
    expect(parseBackup(null)).toEqual({ ok: false, error: 'err.backupForeign' });
  });

  it('rejects a newer version and says so', () => {
    const newer = { ...buildBackup([], DEFAULT_SETTINGS, NOW), version: 2 };
    expect(parseBackup(newer)).toEqual({ ok: false, error: 'err.backupVersion' });
  });

  it('rejects the whole file when a single plan is invalid, naming where', () => {
    const backup = buildBackup([plan('a'), { ...plan('b'), principal: -5 }], DEFAULT_SETTINGS, NOW);
    const parsed = parseBackup(backup);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toBe('err.backupInvalid');
    expect(parsed.details).toContainEqual({ path: 'plans.1.principal', key: 'err.moneyPositive' });
  });

  it('rejects two plans with the same id', () => {
    const parsed = parseBackup(buildBackup([plan('a'), plan('a')], DEFAULT_SETTINGS, NOW));
    expect(parsed).toEqual({
      ok: false,
      error: 'err.backupInvalid',
      details: [{ path: 'plans.1.id', key: 'err.duplicateIdOf', params: { first: 1 } }],
    });
  });

  it('rejects a plan whose terms no lender could offer', () => {
    const parsed = parseBackup(buildBackup([{ ...plan('a'), rate: 0.09 }], DEFAULT_SETTINGS, NOW));
    expect(parsed).toEqual({
      ok: false,
      error: 'err.backupInvalid',
      details: [{ path: 'plans.0.rate', key: 'err.feeTooHigh', params: { maxRate: 0.05 } }],
    });
  });

  it('rejects a file with missing settings', () => {
    const { settings: _omitted, ...rest } = buildBackup([], DEFAULT_SETTINGS, NOW);
    const parsed = parseBackup(rest);
    expect(parsed.ok ? null : parsed.error).toBe('err.backupInvalid');
  });
});

describe('backup caps: refused before anything is parsed in depth', () => {
  it('refuses text over 5 MB without parsing it', () => {
    const huge = `{"format":"repay-helper-backup","pad":"${'x'.repeat(MAX_BACKUP_BYTES)}"}`;
    expect(parseBackup(huge)).toEqual({ ok: false, error: 'err.backupTooLarge' });
  });

  it('refuses more than 2,000 plans by counting them, before validating any (50,000 once blocked the worker)', () => {
    const backup = buildBackup([], DEFAULT_SETTINGS, 0);
    const flood = { ...backup, plans: Array.from({ length: 50_000 }, () => ({ not: 'a plan' })) };
    expect(parseBackup(flood)).toEqual({ ok: false, error: 'err.backupTooManyPlans' });
    const atCap = { ...backup, plans: Array.from({ length: MAX_PLANS }, (_, i) => makePlan({ id: `p${i}` })) };
    expect(parseBackup(atCap).ok).toBe(true);
  });
});

describe('diffBackup', () => {
  it('lists plans added, changed and removed, and counts the unchanged', () => {
    const current = { plans: [plan('keep'), plan('edit'), plan('gone')], settings: DEFAULT_SETTINGS };
    const incoming = buildBackup([plan('keep'), plan('edit', { title: 'Laptop' }), plan('new')], DEFAULT_SETTINGS, NOW);
    const diff = diffBackup(current, incoming);
    expect(diff.added.map((p) => p.id)).toEqual(['new']);
    expect(diff.changed.map((c) => [c.before.title, c.after.title])).toEqual([['Phone edit', 'Laptop']]);
    expect(diff.removed.map((p) => p.id)).toEqual(['gone']);
    expect(diff.unchanged).toBe(1);
    expect(diff.settingsChanged).toBe(false);
  });

  it('treats the same data with keys in another order as unchanged', () => {
    const reordered = Object.fromEntries(Object.entries(plan('a')).reverse()) as Plan;
    const diff = diffBackup({ plans: [plan('a')], settings: DEFAULT_SETTINGS }, buildBackup([reordered], DEFAULT_SETTINGS, NOW));
    expect(diff).toMatchObject({ added: [], changed: [], removed: [], unchanged: 1 });
  });

  it('notices changed settings', () => {
    const diff = diffBackup({ plans: [], settings: DEFAULT_SETTINGS }, buildBackup([], { ...DEFAULT_SETTINGS, reminderHour: 20 }, NOW));
    expect(diff.settingsChanged).toBe(true);
  });
});
