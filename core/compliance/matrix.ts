import { crossesRedLine, meetsTarget } from './target.ts';
import type {
  CatalogueRule,
  ComplianceInput,
  ComplianceMatrix,
  ComplianceRow,
  IndicatorValue,
  MatrixEntry,
  RuleCoverage,
  RuleLink,
} from './types.ts';

const NOT_APPLICABLE: IndicatorValue = { kind: 'not_applicable' };

const estimateOf = (value: IndicatorValue): number | null =>
  value.kind === 'survey' || value.kind === 'external' ? value.estimate : null;

/** A suppressed value is still measured: the wave holds it, disclosure control withholds it. */
const bearsOnWave = (entry: MatrixEntry) => entry.value.kind !== 'not_applicable';

function entryOf(rule: CatalogueRule, link: RuleLink, input: ComplianceInput): MatrixEntry | undefined {
  const indicator = input.indicators.find((candidate) => candidate.code === link.indicator);
  if (!indicator) return undefined;
  const value = input.values.get(indicator.code) ?? NOT_APPLICABLE;
  const estimate = estimateOf(value);
  return {
    indicator: indicator.code,
    label: indicator.label,
    label_ar: indicator.label_ar,
    type: indicator.type,
    nature: link.nature,
    target: link.target,
    value,
    target_met:
      link.target === null || estimate === null ? null : meetsTarget(indicator.direction, link.target, estimate),
    red_line_crossed: estimate !== null && crossesRedLine(rule.absolute_prohibition, link.target, estimate),
    in_score: indicator.in_score,
    change: input.changes.get(indicator.code) ?? null,
  };
}

function coverageOf(entries: readonly MatrixEntry[]): RuleCoverage {
  const present = entries.filter(bearsOnWave);
  if (present.some((entry) => entry.nature === 'measures')) return 'measured';
  return present.length > 0 ? 'approximated' : 'not_measured';
}

/**
 * The wave's compliance matrix: every rule of the catalogue, in the catalogue's order, with the
 * indicators linked to it (measuring ones first), their value, target and change; rules no indicator
 * of the wave bears on are kept and marked `not_measured`. Absolute prohibitions come apart.
 */
export function complianceMatrix(input: ComplianceInput): ComplianceMatrix {
  const rows: ComplianceRow[] = input.rules.map((rule) => {
    const indicators = input.links
      .filter((link) => link.rule === rule.code)
      .flatMap((link) => entryOf(rule, link, input) ?? [])
      .sort((a, b) => Number(a.nature !== 'measures') - Number(b.nature !== 'measures'));
    return { ...rule, coverage: coverageOf(indicators), indicators };
  });
  const count = (coverage: RuleCoverage) => rows.filter((row) => row.coverage === coverage).length;
  return {
    red_lines: rows.filter((row) => row.absolute_prohibition),
    rules: rows.filter((row) => !row.absolute_prohibition),
    summary: {
      rules: rows.length,
      measured: count('measured'),
      approximated: count('approximated'),
      not_measured: count('not_measured'),
      red_lines_crossed: rows.filter((row) => row.indicators.some((entry) => entry.red_line_crossed)).length,
    },
  };
}
