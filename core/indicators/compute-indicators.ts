import {
  DEFAULT_DISCLOSURE_THRESHOLD,
  estimateMean,
  estimateProportion,
  type Domain,
  type Estimate,
} from '../stats/index.ts';
import { crossedCells } from './cells.ts';
import { compileIndicator } from './compile-indicator.ts';
import { DISCLOSURE_MENU } from './by-parameter.ts';
import { checkDomainVariables } from './domain-variables.ts';
import { IndicatorInputError } from './errors.ts';
import { indicatorValues } from './indicator-values.ts';
import type {
  EstimateResult,
  FrameEntry,
  IndicatorDefinition,
  IndicatorOptions,
  IndicatorResult,
  InterviewRecord,
  SuppressedResult,
} from './types.ts';
import { prepareWave } from './wave.ts';
import { disclosureUnits, indicatorPattern, menuVariables } from './wave-pattern.ts';

/** Shared by every overall result, like a cell's domain: frozen. */
const OVERALL: Readonly<Record<string, string>> = Object.freeze({});

function published(indicator: string, domain: Readonly<Record<string, string>>, estimate: Estimate): EstimateResult {
  return { indicator, domain, ...estimate, suppressed: false };
}

function withheld(indicator: string, domain: Readonly<Record<string, string>>): SuppressedResult {
  return { indicator, domain, suppressed: true };
}

function thresholdOf(options: IndicatorOptions): number {
  const threshold = options.threshold ?? DEFAULT_DISCLOSURE_THRESHOLD;
  if (!(threshold >= 0)) throw new IndicatorInputError(`disclosure threshold must be >= 0, got ${threshold}`);
  return threshold;
}

/**
 * The contract's indicator results of one wave: per indicator, its overall result (`domain: {}`) then
 * one result per cell of the `by` breakdown that has interviews in the indicator's denominator, cells
 * sorted by the first variable's value, then the second's. An indicator that cannot be computed for
 * the wave is one `applicable: false` entry and the others are still computed.
 *
 * Throws IndicatorInputError on a frame that does not cover the interviews or an unknown or
 * multiple-choice `by` variable.
 */
export function computeIndicators(
  indicators: readonly IndicatorDefinition[],
  interviews: readonly InterviewRecord[],
  frame: readonly FrameEntry[],
  knownCodes: ReadonlySet<string>,
  options: IndicatorOptions = {},
): IndicatorResult[] {
  const by = options.by ?? [];
  checkDomainVariables(by, knownCodes);
  const threshold = thresholdOf(options);
  const disclosure = options.disclosure ?? true;
  const wave = prepareWave(interviews, frame, options.today);
  const cells = crossedCells(by, interviews, frame);
  if (
    disclosure &&
    !DISCLOSURE_MENU.some((entry) => entry.length === by.length && entry.every((variable, k) => variable === by[k]))
  ) {
    throw new IndicatorInputError(
      `with disclosure control on, by must be one of the published breakdowns, got ${by.join(',')}`,
    );
  }
  const variables = disclosure ? menuVariables(knownCodes) : [];
  const units = disclosure ? disclosureUnits(wave, interviews, frame, variables) : [];

  return indicators.flatMap((definition): IndicatorResult[] => {
    const compilation = compileIndicator(definition, knownCodes);
    if (!compilation.ok) return [compilation.result];
    const values = indicatorValues(compilation.indicator, wave.contexts);
    const estimateIn = (domain?: Domain): Estimate =>
      values.type === 'proportion'
        ? estimateProportion(wave.design, values.values, domain)
        : estimateMean(wave.design, values.values, domain);
    const overall = estimateIn();
    const estimates = cells
      .map((cell) => ({ cell, estimate: estimateIn(cell.units) }))
      .filter(({ estimate }) => estimate.n > 0);
    const code = definition.code;
    if (!disclosure) {
      return [
        published(code, OVERALL, overall),
        ...estimates.map(({ cell, estimate }) => published(code, cell.domain, estimate)),
      ];
    }
    const hidden = indicatorPattern(definition, values, units, variables, threshold).suppressed;
    const shown = (domain: Readonly<Record<string, string>>, estimate: Estimate): IndicatorResult =>
      hidden.has(JSON.stringify(domain)) ? withheld(code, domain) : published(code, domain, estimate);
    return [shown(OVERALL, overall), ...estimates.map(({ cell, estimate }) => shown(cell.domain, estimate))];
  });
}
