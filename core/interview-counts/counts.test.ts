import { describe, expect, it } from 'vitest';
import { interviewCounts, lockCoverage, type InterviewTally } from './index.ts';

const tallies: InterviewTally<string>[] = [
  { establishment: 'E01', status: 'validated', excluded: false, count: 10 },
  { establishment: 'E01', status: 'draft', excluded: false, count: 2 },
  { establishment: 'E02', status: 'submitted', excluded: false, count: 6 },
  { establishment: 'E02', status: 'rejected', excluded: false, count: 1 },
  { establishment: 'E03', status: 'validated', excluded: true, count: 3 },
];
const frame = [
  { establishment: 'E01', population: 120 },
  { establishment: 'E02', population: 80 },
  { establishment: 'E03', population: 50 },
  { establishment: 'E04', population: 30 },
];

describe('interviewCounts', () => {
  it('counts done whatever the review, analysed only submitted or validated and not excluded', () => {
    expect(interviewCounts(tallies)).toEqual({ done: 20, analysed: 16, excluded: 3 });
  });
});

describe('lockCoverage', () => {
  it('shows what excluding the unreviewed leaves: establishments without analysed interviews, minors covered', () => {
    expect(lockCoverage(tallies, frame, { excludeUnreviewed: true })).toEqual({
      done: 20,
      analysed: 10,
      excluded: 11,
      uncovered: ['E02', 'E03', 'E04'],
      establishments: 4,
      minorsCovered: 120,
      minorsTotal: 280,
    });
  });

  it('keeps submitted interviews analysed when nothing is excluded', () => {
    const coverage = lockCoverage(tallies, frame, { excludeUnreviewed: false });
    expect(coverage).toMatchObject({ analysed: 16, excluded: 3, uncovered: ['E03', 'E04'], minorsCovered: 200 });
  });

  it('does not change the tallies it is given', () => {
    const frozen = Object.freeze(tallies.map((tally) => Object.freeze({ ...tally })));
    lockCoverage(frozen, frame, { excludeUnreviewed: true });
    expect(frozen[1]).toEqual({ establishment: 'E01', status: 'draft', excluded: false, count: 2 });
  });
});
