import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../../core/questionnaire/index.ts';
import { establishmentByCode } from './establishments.ts';
import { demoData } from './data.ts';
import { BARO_V1, versionOf } from './instruments.ts';
import { compiled } from './test-support.ts';
import type { AnswerMap, InstrumentVersionRecord, InterviewRecord } from './types.ts';

const baro = versionOf(BARO_V1);
const { interviews } = demoData;
const complete = interviews.filter((interview) => interview.status !== 'draft');
const drafts = interviews.filter((interview) => interview.status === 'draft');

/**
 * An independent reading of the questionnaire with the expression engine only, so that a mistake shared
 * by the generator and core/questionnaire would still show: relevance (section and question), required,
 * choice values, integer types, constraints and calculations.
 */
function problems(version: InstrumentVersionRecord, answers: AnswerMap, mode: 'draft' | 'submit'): string[] {
  const found: string[] = [];
  const known = new Set(version.questions.map((question) => question.code));
  for (const code of Object.keys(answers)) if (!known.has(code)) found.push(`${code}: unknown`);
  const sectionRelevance = new Map(version.sections.map((section) => [section.code, section.relevant]));
  const context = { answers };
  for (const question of version.questions) {
    const { code } = question;
    const answer = answers[code];
    const conditions = [sectionRelevance.get(question.section) ?? null, question.relevant];
    const relevant = conditions.every(
      (condition) => condition === null || compiled(condition).evaluateBoolean(context),
    );
    if (answer === undefined) {
      if (mode === 'submit' && relevant && question.required) found.push(`${code}: required`);
      if (mode === 'submit' && relevant && question.type === 'calculate') found.push(`${code}: calculation missing`);
      continue;
    }
    if (!relevant) found.push(`${code}: answered but not relevant`);
    const values = new Set(question.choices.map((choice) => choice.value));
    if (question.type === 'note') found.push(`${code}: a note has no answer`);
    if (question.type === 'select_one' && !(typeof answer === 'string' && values.has(answer)))
      found.push(`${code}: not a choice`);
    if (question.type === 'select_multiple') {
      if (
        !Array.isArray(answer) ||
        answer.length === 0 ||
        new Set(answer).size !== answer.length ||
        !answer.every((value) => values.has(value))
      ) {
        found.push(`${code}: not a list of distinct choices`);
      }
    }
    if (question.type === 'integer' && !Number.isInteger(answer)) found.push(`${code}: not an integer`);
    if (question.constraint !== null && !compiled(question.constraint).evaluateBoolean({ answers, current: answer })) {
      found.push(`${code}: constraint ${question.constraint} fails for ${JSON.stringify(answer)}`);
    }
    if (question.calculation !== null && compiled(question.calculation).evaluate(context) !== answer)
      found.push(`${code}: wrong calculation`);
  }
  return found;
}

function label(interview: InterviewRecord): string {
  return `${interview.code} (${interview.status})`;
}

describe('interview answers', () => {
  it('every submitted, validated or rejected interview passes validateAnswers in submit mode', () => {
    for (const interview of complete) {
      const result = validateAnswers(baro, interview.answers, { mode: 'submit', today: interview.interview_date });
      expect(result.errors, label(interview)).toEqual([]);
      expect({ ...result.cleaned }, label(interview)).toEqual(interview.answers);
    }
  });

  it('every draft passes validateAnswers in draft mode and stops after a section', () => {
    expect(drafts.length).toBeGreaterThan(0);
    for (const interview of drafts) {
      expect(validateAnswers(baro, interview.answers, { mode: 'draft' }).errors, label(interview)).toEqual([]);
      expect(Object.keys(interview.answers).length).toBeLessThan(baro.questions.length);
    }
  });

  it('agrees with an independent reading of the questionnaire', () => {
    for (const interview of complete) expect(problems(baro, interview.answers, 'submit'), label(interview)).toEqual([]);
    for (const interview of drafts) expect(problems(baro, interview.answers, 'draft'), label(interview)).toEqual([]);
  });

  it('uses the skip logic both ways', () => {
    const has = (code: string) => complete.filter((interview) => code in interview.answers).length;
    for (const code of [
      'PRETRIAL_OVER_6M',
      'SCHOOLING',
      'VOC_TRAINING',
      'COMPLAINT_OUTCOME',
      'VIOLENCE_BY',
      'RELEASE_PLAN_ITEMS',
    ]) {
      expect(has(code), code).toBeGreaterThan(5);
      expect(has(code), code).toBeLessThan(complete.length - 5);
    }
  });

  it('the independent reading does catch broken answers', () => {
    const answers = complete[0]?.answers ?? {};
    expect(problems(baro, { ...answers, AGE: 25 }, 'submit').join()).toContain('AGE: constraint');
    expect(
      problems(baro, { ...answers, COMPLAINT_FILED: 'no', COMPLAINT_OUTCOME: 'pending' }, 'submit').join(),
    ).toContain('not relevant');
    expect(problems(baro, { ...answers, ACTIVITIES: ['none', 'sport'] }, 'submit').join()).toContain(
      'ACTIVITIES: constraint',
    );
  });
});

describe('realistic correlations (W1 validated interviews)', () => {
  const w1 = interviews.filter((interview) => interview.wave === 'W1' && interview.status === 'validated');
  const share = (items: readonly InterviewRecord[], test: (answers: AnswerMap) => boolean) =>
    items.filter((interview) => test(interview.answers)).length / items.length;

  it('about 8 % girls, mostly aged 14 to 18', () => {
    expect(share(w1, (a) => a.SEX === 'f')).toBeGreaterThan(0.04);
    expect(share(w1, (a) => a.SEX === 'f')).toBeLessThan(0.13);
    expect(share(w1, (a) => typeof a.AGE === 'number' && a.AGE >= 14 && a.AGE <= 18)).toBeGreaterThan(0.85);
  });

  it('family visits are rarer when the family lives in another region', () => {
    const near = w1.filter((interview) => interview.answers.FAMILY_SAME_REGION === 'yes');
    const far = w1.filter((interview) => interview.answers.FAMILY_SAME_REGION === 'no');
    expect(share(near, (a) => a.FAMILY_VISIT_3M === 'yes')).toBeGreaterThan(
      share(far, (a) => a.FAMILY_VISIT_3M === 'yes') + 0.15,
    );
  });

  it('schooling is higher in CRE than in juvenile wings of prisons', () => {
    const ofType = (type: string) =>
      w1.filter(
        (interview) => establishmentByCode(interview.establishment).type === type && 'SCHOOLING' in interview.answers,
      );
    expect(share(ofType('cre'), (a) => a.SCHOOLING === 'yes')).toBeGreaterThan(
      share(ofType('quartier_mineurs'), (a) => a.SCHOOLING === 'yes'),
    );
  });

  it('panel members keep their sex and do not get younger', () => {
    const first = new Map(w1.map((interview) => [interview.participant, interview.answers]));
    const panel = interviews.filter((interview) => interview.wave === 'W2' && first.has(interview.participant));
    expect(panel.length).toBeGreaterThan(0);
    for (const interview of panel) {
      const before = first.get(interview.participant);
      expect(interview.answers.SEX).toBe(before?.SEX);
      if (interview.answers.AGE !== undefined)
        expect(Number(interview.answers.AGE)).toBeGreaterThanOrEqual(Number(before?.AGE));
      if (interview.answers.DETENTION_MONTHS !== undefined) {
        expect(Number(interview.answers.DETENTION_MONTHS)).toBeGreaterThan(Number(before?.DETENTION_MONTHS));
      }
    }
  });
});
