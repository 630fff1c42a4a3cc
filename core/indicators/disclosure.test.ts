import { describe, expect, it } from 'vitest';
import { auditIndicator, loadSolver } from '../disclosure/index.ts';
import { compileIndicator } from './compile-indicator.ts';
import { computeIndicators } from './compute-indicators.ts';
import { indicatorValues } from './indicator-values.ts';
import { disclosureUnits, indicatorPattern, menuVariables } from './wave-pattern.ts';
import { prepareWave } from './wave.ts';
import { frame, indicators, interviews, knownCodes } from './test-support/oracle.ts';
import type { IndicatorResult } from './types.ts';

await loadSolver();

function cellsOf(results: readonly IndicatorResult[], indicator: string): Record<string, IndicatorResult> {
  return Object.fromEntries(
    results
      .filter((result) => result.indicator === indicator && 'domain' in result)
      .map((result) => ['domain' in result ? JSON.stringify(result.domain) : '', result]),
  );
}

function suppressedDomains(results: readonly IndicatorResult[], indicator: string): string[] {
  return Object.entries(cellsOf(results, indicator))
    .filter(([, result]) => 'suppressed' in result && result.suppressed)
    .map(([domain]) => domain);
}

describe('disclosure control (on by default): the wave pattern of core/disclosure', () => {
  const byType = computeIndicators(indicators, interviews, frame, knownCodes, { by: ['establishment_type'] });

  it('suppresses the LAW_GIRLS types under 10 girls, and keeps every overall figure of the oracle wave', () => {
    expect(suppressedDomains(byType, 'LAW_GIRLS')).toEqual(
      expect.arrayContaining([
        '{"establishment_type":"centre_sauvegarde"}',
        '{"establishment_type":"quartier_mineurs"}',
      ]),
    );
    for (const indicator of indicators)
      expect(cellsOf(byType, indicator.code)['{}']).toMatchObject({ suppressed: false });
    // EDU and FAM (every interview, no small type) lose nothing.
    for (const indicator of ['EDU', 'FAM']) expect(suppressedDomains(byType, indicator)).toEqual([]);
  });

  it('withholds n, the population estimate, deff and df of a suppressed cell along with the estimate', () => {
    expect(cellsOf(byType, 'LAW_GIRLS')['{"establishment_type":"centre_sauvegarde"}']).toEqual({
      indicator: 'LAW_GIRLS',
      domain: { establishment_type: 'centre_sauvegarde' },
      suppressed: true,
    });
  });

  it('gives one pattern per wave: a cell is suppressed alike whichever request prints it', () => {
    const alone = computeIndicators(
      indicators.filter((indicator) => indicator.code === 'PLAN'),
      interviews,
      frame,
      knownCodes,
      { by: ['establishment_type'] },
    );
    expect(suppressedDomains(alone, 'PLAN')).toEqual(suppressedDomains(byType, 'PLAN'));
  });

  it('suppresses an overall result under the threshold', () => {
    const few = interviews.slice(0, 9);
    const [overall] = computeIndicators(indicators.slice(0, 1), few, frame, knownCodes);
    expect(overall).toEqual({ indicator: 'EDU', domain: {}, suppressed: true });
    const [shown] = computeIndicators(indicators.slice(0, 1), few, frame, knownCodes, { disclosure: false });
    expect(shown).toMatchObject({ indicator: 'EDU', n: 9, suppressed: false });
  });
});

describe('the oracle wave passes the audit', () => {
  const wave = prepareWave(interviews, frame, undefined);
  const variables = menuVariables(knownCodes);
  const units = disclosureUnits(wave, interviews, frame, variables);

  it('keeps every primary cell of every indicator inside its protection interval, over the whole menu and the frame', () => {
    expect(variables).toEqual(['SEX', 'establishment_type', 'region']);
    for (const definition of indicators) {
      const compilation = compileIndicator(definition, knownCodes);
      if (!compilation.ok) continue;
      const pattern = indicatorPattern(
        definition,
        indicatorValues(compilation.indicator, wave.contexts),
        units,
        variables,
        10,
      );
      const audit = auditIndicator(pattern);
      expect({ indicator: definition.code, holds: audit.holds }).toEqual({ indicator: definition.code, holds: true });
      expect(pattern.suppressed.has('{}')).toBe(false);
      if (definition.code !== 'EDU') continue;
      // E11 and E12 hold one interview each: primary, hidden in every table.
      const small = audit.cells.filter(
        (cell) => cell.key === '{"establishment_code":"E11"}' || cell.key === '{"establishment_code":"E12"}',
      );
      expect(small.map((cell) => cell.primary)).toEqual(['size', 'size']);
    }
  });
});
