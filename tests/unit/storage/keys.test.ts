import { describe, expect, it } from 'vitest';
import { metaKey, PLAN_ITEM_VERSION, STORAGE_KEYS, storedVersion, VALUE_VERSIONS } from '../../../lib/storage/keys';
import { versionIn } from '../../../lib/storage/reader';
import * as values from '../../../lib/storage/values';
import { parsePlanItem } from '../../../lib/storage/values';
import { makePlan } from '../core/plan-factory';

/** Every value spec ./values.ts exports (found by shape, so a spec added there is checked too). */
const specs = (Object.values(values) as unknown[]).filter(
  (value): value is { key: string; version: number } =>
    typeof value === 'object' && value !== null && 'schema' in value && 'version' in value,
);

describe('the storage keys and versions, without zod', () => {
  it('gives every value spec the version the zod-free table gives its key', () => {
    expect(specs.map((spec) => spec.key).sort()).toEqual([
      'agenda',
      'importProposal',
      'plans',
      'quarantine',
      'receipts',
      'sentLog',
      'settings',
    ]);
    for (const spec of specs) expect([spec.key, spec.version]).toEqual([spec.key, VALUE_VERSIONS[spec.key as keyof typeof VALUE_VERSIONS]]);
  });

  it('lists a version for every key, and the plans at the layout with one item per plan (3)', () => {
    expect(Object.keys(VALUE_VERSIONS).sort()).toEqual(Object.values(STORAGE_KEYS).sort());
    expect(VALUE_VERSIONS.plans).toBe(3);
    // A plan item is unstamped, at version 1: a sound plan under its own id reads back as itself.
    expect(PLAN_ITEM_VERSION).toBe(1);
    const plan = makePlan({ id: 'p1' });
    expect(parsePlanItem('p1', plan)).toEqual({ ok: true, value: plan });
  });

  it('reads a stamp as @wxt-dev/storage does: no stamp, or one without a number, is version 1', () => {
    expect(storedVersion(undefined)).toBe(1);
    expect(storedVersion(null)).toBe(1);
    expect(storedVersion({})).toBe(1);
    expect(storedVersion({ v: '3' })).toBe(1);
    expect(storedVersion({ v: 2 })).toBe(2);
    expect(storedVersion({ v: 4 })).toBe(4);
    expect(versionIn({ plans: [], plans$: { v: 3 } }, 'plans')).toBe(3);
    expect(versionIn({ plans: [] }, 'plans')).toBe(1);
    // Where @wxt-dev/storage keeps the stamp.
    expect(metaKey('plans')).toBe('plans$');
  });
});
