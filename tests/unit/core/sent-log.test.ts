import { describe, expect, it } from 'vitest';
import { logSent, SENT_LOG_TTL_MS } from '../../../lib/core/reminders';
import { DAY, utc } from './reminder-times';

describe('logSent', () => {
  const now = utc('2026-06-09T01:00:00Z');

  it('adds what was sent at now', () => {
    expect(logSent([], [{ id: 'a' }], now)).toEqual([{ id: 'a', at: now }]);
  });

  it('drops entries older than 90 days and keeps younger ones', () => {
    const log = [
      { id: 'old', at: now - SENT_LOG_TTL_MS - 1 },
      { id: 'at-ttl', at: now - SENT_LOG_TTL_MS },
      { id: 'recent', at: now - 89 * DAY },
    ];
    expect(SENT_LOG_TTL_MS).toBe(90 * DAY);
    expect(logSent(log, [], now)).toEqual([{ id: 'recent', at: now - 89 * DAY }]);
  });

  it('does not log the same reminder twice', () => {
    const log = [{ id: 'a', at: now - DAY }];
    expect(logSent(log, [{ id: 'a' }, { id: 'b' }], now)).toEqual([
      { id: 'a', at: now - DAY },
      { id: 'b', at: now },
    ]);
  });
});
