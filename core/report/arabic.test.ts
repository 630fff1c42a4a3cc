import { describe, expect, test } from 'vitest';
import { breakLines, visualPieces, visualRuns } from './arabic.ts';

describe('Arabic line ordering for pdfmake', () => {
  test('words of a right-to-left line are drawn last word first, each on its own', () => {
    expect(visualPieces('بارومتر إعادة إدماج')).toEqual(['إدماج', ' ', 'إعادة', ' ', 'بارومتر']);
  });

  test('Western digits and Latin stay left to right inside Arabic text', () => {
    expect(visualPieces('لدى 200 حدث')).toEqual(['حدث', ' ', '200', ' ', 'لدى']);
    // Brackets are mirrored at a right-to-left level (UAX #9 L4).
    expect(visualPieces('المرصد (OMP) اليوم')).toEqual(['اليوم', ' ', '(', 'OMP', ')', ' ', 'المرصد']);
  });

  test('a percent sign after a number in Arabic context sits on its left (W2 makes the number Arabic)', () => {
    expect(visualPieces('إلى 51%. كما')).toEqual(['كما', ' ', '.%', '51', ' ', 'إلى']);
  });

  test('an Arabic comma after a bracket or a percent sign closes the phrase on its left', () => {
    // Read right to left: the number, its percent sign, the closing bracket (mirrored), the comma.
    expect(visualPieces('وهي (35,2%)، كما')).toEqual(['كما', ' ', '،(%', '35,2', ')', ' ', 'وهي']);
    expect(visualPieces('بلغ 12%، كما')).toEqual(['كما', ' ', '،%', '12', ' ', 'بلغ']);
  });

  test('a left-to-right line keeps its order', () => {
    expect(visualRuns('OMP 2026').map((run) => run.text)).toEqual(['OMP 2026']);
  });

  test('lines are broken on spaces within the width, in logical order', () => {
    const measure = (text: string): number => text.length;
    expect(breakLines('aaa bbb ccc dd', 8, 10, false, measure)).toEqual(['aaa bbb', 'ccc dd']);
    expect(breakLines('motsansespace', 4, 10, false, measure)).toEqual(['motsansespace']);
  });
});
