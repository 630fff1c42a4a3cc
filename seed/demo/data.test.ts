import { describe, expect, it } from 'vitest';
import { DEMO_NOTICE, DEMO_SEED, demoData, generateDemoData } from './data.ts';
import { versionOf } from './instruments.ts';
import type { InterviewRecord } from './types.ts';

const data = demoData;
const byWave = (wave: string) => data.interviews.filter((interview) => interview.wave === wave);
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

function unique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

describe('demo data', () => {
  it('is deterministic: two generations are deep-equal, another seed differs', () => {
    expect(generateDemoData(DEMO_SEED)).toEqual(generateDemoData(DEMO_SEED));
    expect(generateDemoData(DEMO_SEED)).toEqual(data);
    expect(generateDemoData(DEMO_SEED + 1).interviews).not.toEqual(data.interviews);
  });

  it('says it is invented', () => {
    expect(DEMO_NOTICE).toMatch(/fictives/);
    for (const establishment of data.establishments) expect(establishment.name).toMatch(/\(fictif\)$/);
    for (const record of [...data.instruments, ...data.indicators]) expect(record.description).toMatch(/démonstration/);
    for (const estimate of data.externalEstimates) expect(estimate.source).toMatch(/valeurs de démonstration/);
  });

  it('has unique codes', () => {
    for (const codes of [
      data.establishments.map((record) => record.code),
      data.instruments.map((record) => record.code),
      data.dimensions.map((record) => record.code),
      data.indicators.map((record) => record.code),
      [data.baseline, ...data.waves].map((record) => record.code),
      data.participants.map((record) => record.code),
      data.interviews.map((record) => record.code),
    ]) {
      expect(unique(codes), codes.slice(0, 3).join()).toBe(true);
    }
    expect(unique(data.frames.map((frame) => `${frame.wave}/${frame.establishment}`))).toBe(true);
    expect(unique(data.assignments.map((a) => `${a.user}/${a.wave}/${a.establishment}`))).toBe(true);
  });

  it('refers only to records that exist', () => {
    const establishments = new Set(data.establishments.map((record) => record.code));
    const waves = new Set([data.baseline, ...data.waves].map((record) => record.code));
    const participants = new Set(data.participants.map((record) => record.code));
    const dimensions = new Set(data.dimensions.map((record) => record.code));
    const indicators = new Set(data.indicators.map((record) => record.code));
    for (const wave of data.waves)
      for (const ref of wave.instrument_versions) expect(() => versionOf(ref)).not.toThrow();
    for (const frame of data.frames) {
      expect(waves.has(frame.wave)).toBe(true);
      expect(establishments.has(frame.establishment)).toBe(true);
    }
    for (const row of data.participantStatuses) {
      expect(participants.has(row.participant)).toBe(true);
      if (row.establishment !== null) expect(establishments.has(row.establishment)).toBe(true);
    }
    for (const interview of data.interviews) {
      expect(waves.has(interview.wave)).toBe(true);
      expect(participants.has(interview.participant)).toBe(true);
      expect(establishments.has(interview.establishment)).toBe(true);
      expect(() => versionOf(interview.instrument_version)).not.toThrow();
    }
    for (const indicator of data.indicators) expect(dimensions.has(indicator.dimension)).toBe(true);
    const frameworkCodes = new Set(data.frameworkIndicators.map((indicator) => indicator.code));
    const allWaves = new Set([data.baseline.code, ...data.waves.map((wave) => wave.code)]);
    for (const estimate of data.externalEstimates) {
      // The 2020 study gives the score's indicators their baseline; administrations give their own
      // figures, for any wave, to indicators no interview answers.
      if (estimate.origin === 'study') {
        expect(estimate.wave).toBe('B2020');
        expect(indicators.has(estimate.indicator)).toBe(true);
      } else {
        expect(allWaves.has(estimate.wave)).toBe(true);
        expect(frameworkCodes.has(estimate.indicator)).toBe(true);
        expect(estimate.source).toMatch(/^(DGAPR|Ministère)/);
      }
    }
    for (const indicator of data.frameworkIndicators.filter((candidate) => candidate.numerator === ''))
      expect(data.externalEstimates.filter((estimate) => estimate.indicator === indicator.code)).toHaveLength(3);
    const indicatorCodes = new Set(data.indicators.map((indicator) => indicator.code));
    const ruleCodes = new Set(data.standardRules.map((rule) => rule.code));
    const institutionCodes = new Set(data.institutions.map((institution) => institution.code));
    for (const recommendation of data.recommendations) {
      expect(dimensions.has(recommendation.dimension)).toBe(true);
      expect(waves.has(recommendation.wave)).toBe(true);
      expect(institutionCodes.has(recommendation.institution), recommendation.institution).toBe(true);
      expect(recommendation.indicators.length).toBeGreaterThan(0);
      for (const code of recommendation.indicators) expect(indicatorCodes.has(code), code).toBe(true);
      for (const code of recommendation.rules) expect(ruleCodes.has(code), code).toBe(true);
    }
    const sorts = new Set(data.recommendations.map((recommendation) => recommendation.sort));
    for (const followUp of data.followUps) {
      expect(sorts.has(followUp.recommendation)).toBe(true);
      expect(waves.has(followUp.wave)).toBe(true);
    }
    for (const assignment of data.assignments) {
      expect(waves.has(assignment.wave)).toBe(true);
      expect(establishments.has(assignment.establishment)).toBe(true);
    }
  });

  it('covers the three types of establishment across about six regions', () => {
    expect(new Set(data.establishments.map((record) => record.type))).toEqual(
      new Set(['cre', 'quartier_mineurs', 'centre_sauvegarde']),
    );
    expect(new Set(data.establishments.map((record) => record.region)).size).toBeGreaterThanOrEqual(6);
  });

  it('has frames of about 1,000 minors per wave, targets at 25 % and one tiny stratum', () => {
    for (const wave of data.waves) {
      const frames = data.frames.filter((frame) => frame.wave === wave.code);
      expect(frames).toHaveLength(data.establishments.length);
      const total = frames.reduce((sum, frame) => sum + frame.population, 0);
      expect(total).toBeGreaterThanOrEqual(950);
      expect(total).toBeLessThanOrEqual(1050);
      for (const frame of frames) expect(frame.target).toBe(Math.ceil(0.25 * frame.population));
      expect(frames.some((frame) => frame.population <= 6 && frame.target <= 2)).toBe(true);
    }
  });
});

describe('interviews', () => {
  const w1 = byWave('W1');
  const w2 = byWave('W2');
  const target = (wave: string, establishment?: string) =>
    data.frames
      .filter((frame) => frame.wave === wave && (establishment === undefined || frame.establishment === establishment))
      .reduce((sum, frame) => sum + frame.target, 0);

  it('W1 is complete: about 250 validated interviews, close to every target, plus a few rejected', () => {
    const statuses = countBy(w1, (interview) => interview.status);
    expect(Object.keys(statuses).sort()).toEqual(['rejected', 'validated']);
    expect(statuses.validated).toBeGreaterThanOrEqual(240);
    expect(statuses.validated).toBeLessThanOrEqual(260);
    expect(statuses.rejected).toBeLessThanOrEqual(5);
    for (const { code } of data.establishments) {
      const validated = w1.filter(
        (interview) => interview.establishment === code && interview.status === 'validated',
      ).length;
      expect(validated).toBeGreaterThanOrEqual(target('W1', code) - 1);
      expect(validated).toBeLessThanOrEqual(target('W1', code));
    }
  });

  it('W2 is under way: about 45 % of its targets, drafts, submitted and validated', () => {
    const statuses = countBy(w2, (interview) => interview.status);
    expect(Object.keys(statuses).sort()).toEqual(['draft', 'submitted', 'validated']);
    expect(w2.length / target('W2')).toBeGreaterThan(0.38);
    expect(w2.length / target('W2')).toBeLessThan(0.52);
    for (const { code } of data.establishments) {
      expect(w2.filter((interview) => interview.establishment === code).length).toBeLessThanOrEqual(target('W2', code));
    }
  });

  it('W2 follows many W1 participants still detained, and adds new ones', () => {
    const w1Counted = new Set(
      w1.filter((interview) => interview.status === 'validated').map((interview) => interview.participant),
    );
    const panel = w2.filter((interview) => w1Counted.has(interview.participant));
    expect(panel.length / w2.length).toBeGreaterThan(0.4);
    expect(panel.length / w2.length).toBeLessThan(0.85);
    const history = (participant: string) => data.participantStatuses.filter((row) => row.participant === participant);
    for (const interview of panel) {
      const rows = history(interview.participant);
      expect(rows.map((row) => row.status)).not.toContain('released');
      expect(rows.at(-1)?.establishment).toBe(interview.establishment);
    }
  });

  it('keeps a participant to one interview per wave', () => {
    for (const wave of ['W1', 'W2']) expect(unique(byWave(wave).map((interview) => interview.participant))).toBe(true);
  });

  it('records each participant’s history in date order, some released, transferred or lost', () => {
    const statuses = countBy(data.participants, (participant) => participant.current_status);
    for (const status of ['detained', 'released', 'transferred', 'lost'])
      expect(statuses[status], status).toBeGreaterThan(0);
    for (const participant of data.participants) {
      const rows = data.participantStatuses.filter((row) => row.participant === participant.code);
      expect(rows[0]?.status).toBe('detained');
      expect(rows.at(-1)?.status).toBe(participant.current_status);
      const dates = rows.map((row) => row.date);
      expect(dates).toEqual([...dates].sort());
      const interviews = data.interviews.filter((interview) => interview.participant === participant.code);
      for (const interview of interviews) expect(rows[0]?.date.localeCompare(interview.interview_date)).toBeLessThan(1);
    }
  });

  it('has consent, codes, dates, durations and enumerators a reviewer expects', () => {
    const assigned = new Set(data.assignments.map((a) => `${a.user}/${a.wave}/${a.establishment}`));
    for (const interview of data.interviews) {
      expect(interview.code).toMatch(new RegExp(`^${interview.wave}-${interview.establishment}-\\d{3}$`));
      expect(interview.participant).toMatch(/^P-[2-9A-HJ-NP-Z]{5}$/);
      expect(interview.consent_guardian && interview.assent_child).toBe(true);
      const wave = data.waves.find((candidate) => candidate.code === interview.wave);
      expect(interview.interview_date >= (wave?.fieldwork_start ?? '')).toBe(true);
      expect(interview.interview_date <= (wave?.fieldwork_end ?? '')).toBe(true);
      expect(interview.duration_minutes).toBeGreaterThanOrEqual(5);
      expect(interview.duration_minutes).toBeLessThanOrEqual(75);
      expect(assigned.has(`${interview.enumerator}/${interview.wave}/${interview.establishment}`), interview.code).toBe(
        true,
      );
      expect(interview.reviewed_by !== null).toBe(interview.status === 'validated' || interview.status === 'rejected');
    }
    const short = (items: readonly InterviewRecord[]) =>
      items.filter((interview) => interview.status !== 'draft' && interview.duration_minutes < 15);
    expect(short(w1).filter((interview) => interview.status === 'validated').length).toBeGreaterThanOrEqual(2);
    expect(short(w2).filter((interview) => interview.status === 'submitted').length).toBeGreaterThanOrEqual(2);
    expect(new Set(data.interviews.map((interview) => interview.enumerator))).toEqual(
      new Set(['enumerator1', 'enumerator2']),
    );
  });
});

describe('the mandate scenario', () => {
  const mandate = generateDemoData(DEMO_SEED, 'mandate');
  const interviewsOf = (wave: string) => mandate.interviews.filter((interview) => interview.wave === wave);

  it('keeps W1 as the default demo has it, finishes W2 and adds W3, all locked', () => {
    expect(mandate.waves.map((wave) => [wave.code, wave.status])).toEqual([
      ['W1', 'locked'],
      ['W2', 'locked'],
      ['W3', 'locked'],
    ]);
    expect(interviewsOf('W1')).toEqual(byWave('W1'));
    for (const wave of ['W2', 'W3']) {
      const frames = mandate.frames.filter((frame) => frame.wave === wave);
      expect(interviewsOf(wave)).toHaveLength(frames.reduce((sum, frame) => sum + frame.target, 0));
      expect(new Set(interviewsOf(wave).map((interview) => interview.status))).toEqual(new Set(['validated']));
    }
    expect(mandate.draws).toEqual([]);
  });

  it('follows W2’s respondents into W3 and every recommendation at W3', () => {
    const w2 = new Set(interviewsOf('W2').map((interview) => interview.participant));
    const panel = interviewsOf('W3').filter((interview) => w2.has(interview.participant));
    expect(panel.length / interviewsOf('W3').length).toBeGreaterThan(0.4);
    const atW3 = mandate.followUps.filter((followUp) => followUp.wave === 'W3').map((row) => row.recommendation);
    expect(atW3).toEqual(mandate.recommendations.map((recommendation) => recommendation.sort));
    expect(mandate.externalEstimates.filter((estimate) => estimate.wave === 'W3')).toHaveLength(4);
  });
});
