import { domainOf, type Domain } from './domain.ts';

/**
 * One estimate in the shape of the contract's indicator result (`/work/shared/contract.md`, HTTP
 * endpoints), without the fields the caller adds (indicator, domain, suppressed). A value that does not
 * exist for the data (an empty domain, an interval without degrees of freedom) is null, never NaN.
 */
export interface Estimate {
  readonly estimate: number | null;
  readonly se: number | null;
  readonly ci_low: number | null;
  readonly ci_high: number | null;
  /** Units in the domain with a value. */
  readonly n: number;
  /** Sum of their weights. */
  readonly population_estimate: number;
  readonly deff: number | null;
  /** Design degrees of freedom, R `degf` of the subset design. */
  readonly df: number;
}

export interface EstimateOptions {
  /** Confidence level of the interval, 0.95 by default. */
  readonly level?: number;
}

/** A domain given as a mask is turned into its unit list once, so both forms cost the same later. */
export function asDomain(domain: Domain | readonly boolean[] | undefined): Domain | undefined {
  if (domain === undefined || 'units' in domain) return domain;
  return domainOf(domain);
}

export function emptyEstimate(): Estimate {
  return { estimate: null, se: null, ci_low: null, ci_high: null, n: 0, population_estimate: 0, deff: null, df: 0 };
}

export function confidenceLevel(options: EstimateOptions | undefined): number {
  const level = options?.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError(`confidence level must be in (0, 1), got ${level}`);
  return level;
}
