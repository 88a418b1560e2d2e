import { describe, expect, it } from 'vitest';
import { buildBackup, parseBackup, placeOf, serializeBackup } from '../../../lib/core/backup';
import { DEFAULT_SETTINGS } from '../../../lib/core/schemas';
import { makePlan } from './plan-factory';

const NOW = Date.UTC(2026, 10, 25, 2, 0, 0);
const text = serializeBackup(buildBackup([makePlan({ id: 'a', title: '小米 15 Pro' })], DEFAULT_SETTINGS, NOW));

describe('a backup file that cannot be read says why', () => {
  it('calls a file cut short damaged, not foreign', () => {
    expect(parseBackup(text.slice(0, Math.floor(text.length / 2)))).toEqual({ ok: false, error: 'err.backupDamaged' });
    expect(parseBackup(`\uFEFF${text.slice(0, 40)}`)).toEqual({ ok: false, error: 'err.backupDamaged' });
  });

  it('still calls text that was never JSON foreign', () => {
    expect(parseBackup('PK\u0003\u0004 not json')).toEqual({ ok: false, error: 'err.backupForeign' });
    expect(parseBackup('name,amount\nphone,5999')).toEqual({ ok: false, error: 'err.backupForeign' });
  });

  it('says the export time is not a date, in our words rather than zod’s', () => {
    for (const exportedAt of [42, 'yesterday']) {
      const parsed = parseBackup({ ...JSON.parse(text), exportedAt });
      expect(parsed).toEqual({ ok: false, error: 'err.backupInvalid', details: [{ path: 'exportedAt', key: 'err.exportedAt' }] });
    }
  });

  it('gives any check without a message of ours a generic one, never zod’s English', () => {
    const file = JSON.parse(text);
    file.plans[0].archived = 'no';
    expect(parseBackup(file)).toEqual({
      ok: false,
      error: 'err.backupInvalid',
      details: [{ path: 'plans.0.archived', key: 'err.invalidValue' }],
    });
  });

  it('names the earlier plan a repeated id belongs to', () => {
    const file = buildBackup([makePlan({ id: 'a' }), makePlan({ id: 'b' }), makePlan({ id: 'a' })], DEFAULT_SETTINGS, NOW);
    expect(parseBackup(file)).toMatchObject({ details: [{ path: 'plans.2.id', key: 'err.duplicateIdOf', params: { first: 1 } }] });
  });
});

describe('placeOf: where a path is, as a reader counts', () => {
  const file = { plans: [{ title: 'a' }, { title: '  小米 15 Pro ' }, { title: 7 }] };

  it('numbers plans and payments from 1 and names the plan by its title', () => {
    expect(placeOf('plans.1.payments.0.amount', file)).toEqual({ plan: 2, title: '小米 15 Pro', payment: 1, field: 'amount' });
    expect(placeOf('plans.1.lender.name', file)).toEqual({ plan: 2, title: '小米 15 Pro', field: 'lender.name' });
  });

  it('leaves out a title that is not text, and a place outside any plan', () => {
    expect(placeOf('plans.2.id', file)).toEqual({ plan: 3, field: 'id' });
    expect(placeOf('settings.leadDays.0', file)).toEqual({ field: 'settings.leadDays' });
    expect(placeOf('', file)).toEqual({});
  });
});
