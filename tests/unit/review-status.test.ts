import { describe, expect, it } from 'vitest';
import { reviewStatus } from '../../src/policy/review-status';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reviewStatus (the warning in the policy header)', () => {
  it.each([
    ['2027-01-01', '2026-11-23', 30, 'current'],
    ['2026-12-23', '2026-11-23', 30, 'dueSoon'], // exactly 30 days ahead: remind
    ['2026-12-24', '2026-11-23', 30, 'current'], // 31 days ahead
    ['2026-11-23', '2026-11-23', 30, 'dueSoon'], // due today is not yet overdue
    ['2026-11-22', '2026-11-23', 30, 'overdue'],
    ['2025-01-01', '2026-11-23', 0, 'overdue'],
  ] as const)('next review %s, judged on %s with %i reminder days → %s', (next, today, days, expected) => {
    expect(reviewStatus(d(next), d(today), days)).toBe(expected);
  });

  it('ignores the time of day of the build', () => {
    expect(reviewStatus(d('2026-11-23'), new Date('2026-11-23T23:59:00Z'), 0)).toBe('dueSoon');
  });
});
