// The inputs of the strategy guidelines (core/strategy) from the database: the catalogue's links and
// targets, the institutions the recommendations address, and each indicator's series as its trend
// endpoint gives it (baseline, waves, administrative figures), so the plan's figures are the API's.
import type { Knex } from 'knex';
import { z } from 'zod';
import { strategyPlan, type StrategyInput, type StrategyPlan } from '../../../../../core/strategy/index.ts';
import { isClosed } from '../../../../../core/waves/index.ts';
import { decimal } from '../db/db-values.ts';
import { indicatorTrend, trendCache } from '../figures/trend.ts';
import { loadIndicatorDefinitions } from '../db/wave-data.ts';

const dimensionRow = z.object({
  code: z.string(),
  label: z.string(),
  label_ar: z
    .string()
    .nullable()
    .transform((value) => value ?? ''),
  standard: z.string().nullable(),
});
const linkRow = z.object({
  indicator: z.string(),
  rule: z.string(),
  instrument: z.string(),
  number: z.string(),
  nature: z.enum(['measures', 'approximates']),
  target: decimal,
});
const institutionRow = z.object({
  indicator: z.string(),
  name: z.string(),
  name_ar: z
    .string()
    .nullable()
    .transform((value) => value ?? ''),
});

async function strategyInput(database: Knex, today: string): Promise<StrategyInput> {
  const dimensions = z.array(dimensionRow).parse(
    await database('dimensions')
      .orderBy([{ column: 'sort' }, { column: 'id' }])
      .select('code', 'label', 'label_ar', 'standard'),
  );
  const indicators = await loadIndicatorDefinitions(database);
  const links = z.array(linkRow).parse(
    await database('indicator_standards as l')
      .join('indicators as i', 'i.id', 'l.indicator')
      .join('standard_rules as r', 'r.id', 'l.rule')
      .join('standard_instruments as s', 's.id', 'r.instrument')
      .orderBy([{ column: 's.sort' }, { column: 'r.sort' }, { column: 'l.id' }])
      .select('i.code as indicator', 'r.code as rule', 's.code as instrument', 'r.number', 'l.nature', 'l.target'),
  );
  const institutions = z.array(institutionRow).parse(
    await database('recommendations_indicators as ri')
      .join('indicators as i', 'i.id', 'ri.indicators_id')
      .join('recommendations as r', 'r.id', 'ri.recommendations_id')
      .join('institutions as n', 'n.id', 'r.institution')
      .orderBy([{ column: 'n.sort' }, { column: 'n.id' }])
      .select('i.code as indicator', 'n.name', 'n.name_ar'),
  );
  const cache = trendCache(today);
  const values: Record<string, Record<string, number | null>> = {};
  let waves: StrategyInput['waves'] = [];
  for (const indicator of indicators) {
    const trend = await indicatorTrend(database, indicator.code, cache);
    values[indicator.code] = Object.fromEntries(trend.points.map((point) => [point.wave, point.estimate]));
    waves = trend.waves.map((wave) => ({
      code: wave.code,
      label: wave.label,
      kind: wave.kind,
      provisional: wave.kind === 'wave' && !isClosed(wave.status),
    }));
  }
  return {
    waves,
    dimensions,
    indicators: indicators.map((indicator) => ({
      code: indicator.code,
      label: indicator.label || indicator.code,
      label_ar: indicator.label_ar ?? '',
      dimension: indicator.dimension ?? null,
      type: indicator.type,
      direction: indicator.direction,
    })),
    values,
    links: links.map(({ instrument, number, ...link }) => ({ ...link, reference: `${instrument} ${number}` })),
    institutions,
  };
}

export async function loadStrategyPlan(database: Knex, today: string): Promise<StrategyPlan> {
  return strategyPlan(await strategyInput(database, today));
}
