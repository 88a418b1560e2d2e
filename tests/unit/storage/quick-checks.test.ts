import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildAgendaSnapshot } from '../../../lib/core/agenda-snapshot';
import { isAgendaSnapshot, isSettings } from '../../../lib/storage/quick-checks';
import { AGENDA_SPEC, SETTINGS_SPEC } from '../../../lib/storage/values';
import { makePlan } from '../core/plan-factory';

// The popup checks its agenda and the settings by hand to keep zod out of its first load: the checks
// must accept exactly what the zod schemas accept.

const zodAgenda = (value: unknown) => value !== null && AGENDA_SPEC.schema.safeParse(value).success;
const zodSettings = (value: unknown) => SETTINGS_SPEC.schema.safeParse(value).success;

const AGENDA = buildAgendaSnapshot(
  [makePlan({ firstDueDate: '2026-05-20' }), makePlan({ id: 'card', lender: { kind: 'card', name: '招行' }, firstDueDate: '2026-06-02' })],
  '2026-06-01',
);

/** A value with one leaf somewhere inside replaced by another arbitrary value. */
function mutate(value: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return replacement;
  const [head = 0, ...rest] = path;
  const [key, child] = entries[head % entries.length] as [string, unknown];
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value) ? [...value] : { ...(value as object) };
  (copy as Record<string, unknown>)[key] = mutate(child, rest, replacement);
  return copy;
}

const leaf = fc.oneof(fc.anything(), fc.constantFrom(-1, 1.5, 2 ** 53, '2026-02-30', 'unknown-kind', '', null, undefined, [], {}));

describe('the popup’s hand-written checks', () => {
  it('accept the agenda the background writes and settings as saved', () => {
    expect(AGENDA.rows.length).toBeGreaterThan(0);
    expect(isAgendaSnapshot(AGENDA)).toBe(true);
    expect(isSettings({ leadDays: [3, 1, 0], reminderHour: 9, overdueNag: true, language: 'auto' })).toBe(true);
  });

  it('agree with the agenda schema on any value with one leaf changed', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 5 }), leaf, (path, replacement) => {
        const value = mutate(AGENDA, path, replacement);
        expect(isAgendaSnapshot(value)).toBe(zodAgenda(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('agree with the settings schema on any value with one leaf changed, and on anything at all', () => {
    const settings = { leadDays: [5, 3, 1, 0, 30], reminderHour: 23, overdueNag: false, language: 'en' };
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 3 }), leaf, (path, replacement) => {
        const value = mutate(settings, path, replacement);
        expect(isSettings(value)).toBe(zodSettings(value));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.anything(), (value) => isSettings(value) === zodSettings(value)));
    expect(isSettings({ ...settings, leadDays: [1, 2, 3, 4, 5, 6] })).toBe(false);
  });
});
