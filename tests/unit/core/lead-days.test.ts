import { describe, expect, it } from 'vitest';
import { leadDaysInOrder } from '../../../lib/core/lead-days';

describe('lead days in order', () => {
  it('keeps each day once, the furthest from the due date first', () => {
    expect(leadDaysInOrder([0, 3, 1, 3])).toEqual([3, 1, 0]);
  });

  it('sorts by number, not as text: 10 days before comes before 7', () => {
    expect(leadDaysInOrder([7, 10, 2])).toEqual([10, 7, 2]);
  });
});
