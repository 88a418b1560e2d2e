import { describe, expect, it } from 'vitest';
import { snoozeUntil } from '../../../lib/core/snooze';

describe('snoozeUntil', () => {
  it('brings a reminder snoozed on 10 Jan back at 09:00 on 11 Jan in Shanghai (01:00 UTC)', () => {
    expect(snoozeUntil('2026-01-10', 9)).toBe(Date.UTC(2026, 0, 11, 1));
  });

  it('crosses a month and a year end: 31 Dec at 20:00 snoozes to 1 Jan 20:00 (12:00 UTC)', () => {
    expect(snoozeUntil('2025-12-31', 20)).toBe(Date.UTC(2026, 0, 1, 12));
  });

  it('at hour 0 snoozes to the lender’s next midnight, 16:00 UTC the same day', () => {
    expect(snoozeUntil('2026-01-10', 0)).toBe(Date.UTC(2026, 0, 10, 16));
  });
});
