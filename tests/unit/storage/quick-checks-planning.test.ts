import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { settingsHaveUnknownFields } from '../../../lib/storage/newer';
import { isSettings } from '../../../lib/storage/quick-checks';
import { SETTINGS_SPEC } from '../../../lib/storage/values';

// The planning settings are optional: settings saved before them stay valid, and the popup's hand-written
// check must accept exactly what the schema accepts, with them or without.

const BASE = { leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'auto' };
const zodSettings = (value: unknown) => SETTINGS_SPEC.schema.safeParse(value).success;

const candidate = fc.oneof(
  fc.anything(),
  fc.constantFrom(0, -0.24, 0.24, 10, 10.01, 1, 1.01, 50_000, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 10_000_000_000, 10_000_000_001),
  fc.array(fc.oneof(fc.double(), fc.constantFrom(0.24, 0.36, 0, 11)), { maxLength: 5 }),
  fc.double(),
  fc.integer(),
);

describe('planning settings', () => {
  it('leave settings saved before them valid, and are known fields (not a newer version’s)', () => {
    expect(zodSettings(BASE)).toBe(true);
    const full = { ...BASE, rateLines: [0.24, 0.36], monthlyIncome: 1_500_000, burdenThreshold: 0.5 };
    expect(zodSettings(full)).toBe(true);
    expect(isSettings(full)).toBe(true);
    expect(settingsHaveUnknownFields(full)).toBe(false);
    expect(zodSettings({ ...BASE, rateLines: [0.1, 0.2, 0.3, 0.4] })).toBe(false);
  });

  it('are judged by the popup’s check exactly as by the schema', () => {
    fc.assert(
      fc.property(fc.constantFrom('rateLines', 'monthlyIncome', 'burdenThreshold'), candidate, (field, value) => {
        const settings = { ...BASE, [field]: value };
        expect(isSettings(settings)).toBe(zodSettings(settings));
      }),
      { numRuns: 3000 },
    );
  });
});
