import { describe, expect, it } from 'vitest';
import { expressionReport, type CodeScope } from './expression-report.ts';

const baro: CodeScope = { kind: 'version', codes: new Set(['AGE', 'LEGAL_STATUS', 'DETENTION_MONTHS']) };
const published: CodeScope = { kind: 'published', codes: new Set(['AGE', 'SEX']) };
const unchecked: CodeScope = { kind: 'unchecked' };

describe('expressionReport', () => {
  it('finds nothing wrong with a blank field or a good expression', () => {
    const empty = { verdict: 'empty', problems: [], codes: [] };
    expect(expressionReport('', baro, false)).toEqual(empty);
    expect(expressionReport('   ', baro, false)).toEqual(empty);
    expect(expressionReport(null, baro, false)).toEqual(empty);
    expect(expressionReport("${LEGAL_STATUS} = 'preventive'", baro, false)).toEqual({
      verdict: 'valid',
      problems: [],
      codes: [{ code: 'LEGAL_STATUS', known: true }],
    });
  });

  it('points a caret at a syntax error, in French', () => {
    const [problem] = expressionReport('${AGE} >= 15 andd ${SEX}', baro, false).problems;
    expect(problem).toMatchObject({ position: 13, line: 1, column: 14, sourceLine: '${AGE} >= 15 andd ${SEX}' });
    expect(problem?.caret).toBe(`${' '.repeat(13)}^~~~`);
    expect(problem?.message).toMatch(/andd/);
  });

  it('points past the last character when the expression stops short', () => {
    const [problem] = expressionReport('(${AGE} >= 15', baro, false).problems;
    expect(problem?.message).toBe("L'expression est incomplète (parenthèse non fermée ou opérande manquant ?)");
    expect(problem?.caret).toBe(`${' '.repeat(13)}^`);
  });

  it('flags each unknown code at its place and lists the codes used, repeats once', () => {
    const report = expressionReport('${AGE} >= 15 and ${SEXE} = 1 or ${AGE} < 12', baro, false);
    expect(report.problems.map((problem) => [problem.position, problem.message])).toEqual([
      [17, "La question « SEXE » n'existe pas dans cette version"],
    ]);
    expect(report.codes).toEqual([
      { code: 'AGE', known: true },
      { code: 'SEXE', known: false },
    ]);
  });

  it('words an unknown code for indicators against every published version', () => {
    const [problem] = expressionReport("${GHOST} = 'yes'", published, false).problems;
    expect(problem?.message).toBe("La question « GHOST » n'existe dans aucune version publiée");
  });

  it('is an error to name an unknown code, however close to a known one', () => {
    const report = expressionReport("${LEGAL_STATU} = 'preventive'", baro, false);
    expect(report.verdict).toBe('invalid');
    expect(report.problems.map((problem) => problem.message)).toEqual([
      "La question « LEGAL_STATU » n'existe pas dans cette version",
    ]);
  });

  it('checks only the syntax when the codes are not known, and says it could not check them', () => {
    const report = expressionReport('${LEGAL_STATU} > 2', unchecked, false);
    expect(report.verdict).toBe('unchecked');
    expect(report.problems).toEqual([]);
    expect(report.codes).toEqual([{ code: 'LEGAL_STATU', known: null }]);
    expect(expressionReport('${AGE} >', unchecked, false).verdict).toBe('invalid');
    // Without a code there is nothing left unchecked.
    expect(expressionReport('. >= 12', unchecked, true).verdict).toBe('valid');
  });

  it('allows the current answer only where asked', () => {
    expect(expressionReport('. >= 12 and . <= 20', baro, true).problems).toEqual([]);
    const problems = expressionReport('. >= 12', baro, false).problems;
    expect(problems.map((problem) => problem.message)).toEqual([
      "« . » (la réponse en cours) n'est permis que dans une contrainte",
    ]);
  });

  it('shows a window of a long line around the problem, so that the caret stays in view', () => {
    const source = `${'${AGE} >= 12 and '.repeat(4)}\${NOPE} = 1${' and ${AGE} < 20'.repeat(4)}`;
    const [problem] = expressionReport(source, baro, false).problems;
    expect(problem?.column).toBe(69);
    expect(problem?.sourceLine).toBe(`…${source.slice(36, 107)}…`);
    expect(problem?.caret).toBe(`${' '.repeat(33)}^${'~'.repeat(6)}`);
    expect(problem?.sourceLine.slice(33, 40)).toBe('${NOPE}');
  });

  it('shows the right line of a multi-line expression, tabs as spaces', () => {
    const [problem] = expressionReport('${AGE} >= 12\n\tand ${NOPE} = 1', baro, false).problems;
    expect(problem).toMatchObject({
      line: 2,
      column: 6,
      sourceLine: ' and ${NOPE} = 1',
      caret: `${' '.repeat(5)}^${'~'.repeat(6)}`,
    });
  });
});
