import { describe, expect, it } from 'vitest';
import { lockChecks, unreviewedCount } from './index.ts';

describe('lockChecks', () => {
  it('counts unreviewed interviews and finds establishments missing from the frame', () => {
    const checks = lockChecks({
      statusCounts: { draft: 2, submitted: 5, validated: 40 },
      establishmentsWithInterviews: ['E09', 'E01', 'E09', 'E02'],
      framedEstablishments: ['E01', 'E02'],
    });
    expect(checks).toEqual({ drafts: 2, submitted: 5, unframed: ['E09'] });
    expect(unreviewedCount(checks)).toBe(7);
  });

  it('sorts numeric keys as numbers, as the app holds establishment ids', () => {
    expect(
      lockChecks({ statusCounts: {}, establishmentsWithInterviews: [10, 9, 2], framedEstablishments: [] }).unframed,
    ).toEqual([2, 9, 10]);
  });

  it('finds nothing to block a clean wave', () => {
    const checks = lockChecks({
      statusCounts: { validated: 3, rejected: 1 },
      establishmentsWithInterviews: ['E01'],
      framedEstablishments: ['E01'],
    });
    expect(checks).toEqual({ drafts: 0, submitted: 0, unframed: [] });
    expect(unreviewedCount(checks)).toBe(0);
  });
});
