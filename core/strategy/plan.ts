// Turns the normative framework and the barometer's series into the monitoring plan of a national
// strategy: one objective per dimension (and one for the commitments outside the score), each with its
// indicators, their baseline and wave values, the target the rules set, who answers for it and the
// rules it serves. Pure: the server gathers the inputs, the PDF and the workbook print the plan.
import { meetsTarget } from '../compliance/index.ts';
import type {
  StrategyIndicator,
  StrategyInput,
  StrategyLine,
  StrategyObjective,
  StrategyPlan,
  StrategyWave,
} from './types.ts';

/** Several rules may set a target for one indicator: the strategy keeps the most demanding. */
function strictestTarget(indicator: StrategyIndicator, targets: readonly number[]): number | null {
  if (targets.length === 0) return null;
  return indicator.direction === 'higher_is_better' ? Math.max(...targets) : Math.min(...targets);
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

function lineOf(input: StrategyInput, indicator: StrategyIndicator, waves: readonly StrategyWave[]): StrategyLine {
  const values = input.values[indicator.code] ?? {};
  const links = input.links.filter((link) => link.indicator === indicator.code);
  const target = strictestTarget(
    indicator,
    links.flatMap((link) => (link.target === null ? [] : [link.target])),
  );
  const series = waves.map((wave) => values[wave.code] ?? null);
  const latest = series.findLast((value) => value !== null) ?? null;
  const baseline = input.waves.find((wave) => wave.kind === 'baseline');
  return {
    indicator: indicator.code,
    label: indicator.label,
    label_ar: indicator.label_ar,
    type: indicator.type,
    direction: indicator.direction,
    baseline: baseline ? (values[baseline.code] ?? null) : null,
    values: series,
    target,
    target_met: target === null || latest === null ? null : meetsTarget(indicator.direction, target, latest),
    institutions: uniqueBy(
      input.institutions.filter((institution) => institution.indicator === indicator.code),
      (institution) => institution.name,
    ).map(({ name, name_ar }) => ({ name, name_ar })),
    rules: uniqueBy(links, (link) => link.rule).map(({ rule, reference, nature }) => ({
      code: rule,
      reference,
      nature,
    })),
  };
}

function objectiveText(lines: readonly StrategyLine[]): { fr: string; ar: string } {
  const targeted = lines.filter((line) => line.target !== null).length;
  const fr =
    targeted > 0
      ? `Atteindre les cibles que fixent les règles pour ${targeted} indicateur(s) sur ${lines.length}, et fixer une cible nationale pour les autres ; mesurer chaque indicateur à chaque vague du baromètre.`
      : `Fixer une cible nationale pour chacun des ${lines.length} indicateur(s), les règles n’en fixant pas ; mesurer chaque indicateur à chaque vague du baromètre.`;
  const ar =
    targeted > 0
      ? `بلوغ الأهداف التي تحددها القواعد لـ ${targeted} من أصل ${lines.length} مؤشرات، وتحديد هدف وطني للباقي؛ وقياس كل مؤشر في كل موجة من البارومتر.`
      : `تحديد هدف وطني لكل مؤشر من المؤشرات (${lines.length})، إذ لا تحدد القواعد أهدافا لها؛ وقياس كل مؤشر في كل موجة من البارومتر.`;
  return { fr, ar };
}

const OUTSIDE = {
  title: 'Autres engagements du cadre normatif',
  title_ar: 'التزامات أخرى من الإطار المعياري',
} as const;

export function strategyPlan(input: StrategyInput): StrategyPlan {
  // A wave that measured nothing yet (planned, or open before its first interview) is no column of the plan.
  const measured = (code: string) =>
    Object.values(input.values).some((byWave) => byWave[code] !== null && byWave[code] !== undefined);
  const waves = input.waves.filter((wave) => wave.kind === 'wave' && measured(wave.code));
  const linked = new Set(input.links.map((link) => link.indicator));
  const followed = input.indicators.filter((indicator) => indicator.dimension !== null || linked.has(indicator.code));
  const groups = [
    ...input.dimensions.map((dimension) => ({
      dimension: dimension.code,
      title: dimension.label,
      title_ar: dimension.label_ar,
      standard: dimension.standard,
      indicators: followed.filter((indicator) => indicator.dimension === dimension.code),
    })),
    {
      dimension: null,
      ...OUTSIDE,
      standard: null,
      indicators: followed.filter(
        (indicator) => !input.dimensions.some((dimension) => dimension.code === indicator.dimension),
      ),
    },
  ].filter((group) => group.indicators.length > 0);
  const objectives: StrategyObjective[] = groups.map((group, index) => {
    const lines = group.indicators.map((indicator) => lineOf(input, indicator, waves));
    const text = objectiveText(lines);
    return {
      dimension: group.dimension,
      number: index + 1,
      title: group.title,
      title_ar: group.title_ar,
      objective: text.fr,
      objective_ar: text.ar,
      standard: group.standard,
      lines,
    };
  });
  const lines = objectives.flatMap((objective) => objective.lines);
  return {
    baseline: input.waves.find((wave) => wave.kind === 'baseline') ?? null,
    waves,
    objectives,
    summary: {
      indicators: lines.length,
      with_target: lines.filter((line) => line.target !== null).length,
      targets_met: lines.filter((line) => line.target_met === true).length,
      without_institution: lines.filter((line) => line.institutions.length === 0).length,
    },
  };
}
