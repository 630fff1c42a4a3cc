// A wave's compliance matrix (core/compliance) from the catalogue, the indicator links, the wave's
// figures (frozen definitions and data of a closed wave, disclosure on), its external estimates and
// each indicator's change from the previous wave. This file reads; core/compliance decides.
import type { Knex } from 'knex';
import { z } from 'zod';
import {
  complianceMatrix,
  ESTIMATE_ORIGINS,
  type CatalogueRule,
  type ComplianceMatrix,
  type IndicatorValue,
  type RuleLink,
  type ValueChange,
} from '../../../../../core/compliance/index.ts';
import type { IndicatorResult } from '../../../../../core/indicators/index.ts';
import { decimal, flag } from '../db/db-values.ts';
import { NotFoundError } from '../http/errors.ts';
import { cachedWave, indicatorTrend, type TrendCache } from './trend.ts';
import type { WaveRecord } from '../db/wave-data.ts';

const ruleRow = z.object({
  code: z.string(),
  instrument: z.string(),
  instrument_title: z.string(),
  instrument_title_ar: z
    .string()
    .nullable()
    .transform((value) => value ?? ''),
  number: z.string(),
  text: z.string(),
  text_ar: z
    .string()
    .nullable()
    .transform((value) => value ?? ''),
  url: z.string().nullable(),
  absolute_prohibition: flag.nullable().transform((value) => value === true),
});
const linkRow = z.object({
  indicator: z.string(),
  rule: z.string(),
  nature: z.enum(['measures', 'approximates']),
  target: decimal,
});
const externalRow = z.object({
  indicator: z.string(),
  estimate: decimal.pipe(z.number()),
  n: z.number().nullable(),
  source: z.string().nullable(),
  origin: z.enum(ESTIMATE_ORIGINS),
});

export async function loadCatalogue(database: Knex): Promise<{ rules: CatalogueRule[]; links: RuleLink[] }> {
  const rules = z.array(ruleRow).parse(
    await database('standard_rules as r')
      .join('standard_instruments as s', 's.id', 'r.instrument')
      .orderBy([{ column: 's.sort' }, { column: 'r.sort' }, { column: 'r.id' }])
      .select(
        'r.code',
        's.code as instrument',
        's.title as instrument_title',
        's.title_ar as instrument_title_ar',
        'r.number',
        'r.text',
        'r.text_ar',
        'r.url',
        'r.absolute_prohibition',
      ),
  );
  const links = z
    .array(linkRow)
    .parse(
      await database('indicator_standards as l')
        .join('indicators as i', 'i.id', 'l.indicator')
        .join('standard_rules as r', 'r.id', 'l.rule')
        .orderBy('l.id')
        .select('i.code as indicator', 'r.code as rule', 'l.nature', 'l.target'),
    );
  return { rules, links };
}

async function externalValues(database: Knex, wave: WaveRecord): Promise<Map<string, IndicatorValue>> {
  const rows = z
    .array(externalRow)
    .parse(
      await database('external_estimates as e')
        .join('indicators as i', 'i.id', 'e.indicator')
        .where('e.wave', wave.id)
        .select('i.code as indicator', 'e.estimate', 'e.n', 'e.source', 'e.origin'),
    );
  return new Map(rows.map(({ indicator, ...row }) => [indicator, { kind: 'external', ...row }]));
}

function surveyValue(result: IndicatorResult | undefined): IndicatorValue | undefined {
  if (!result || 'applicable' in result) return undefined;
  if (result.suppressed) return { kind: 'suppressed' };
  if (result.estimate === null) return undefined;
  return { kind: 'survey', estimate: result.estimate, ci_low: result.ci_low, ci_high: result.ci_high, n: result.n };
}

/** The change from the previous point of the indicator's series, where the wave has a point. */
async function changeAt(
  database: Knex,
  code: string,
  wave: WaveRecord,
  cache: TrendCache,
): Promise<ValueChange | undefined> {
  let points: Awaited<ReturnType<typeof indicatorTrend>>['points'];
  try {
    ({ points } = await indicatorTrend(database, code, cache));
  } catch (error) {
    // Linked, then deleted since the wave's lock: no live definition has a series.
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
  const position = points.findIndex((point) => point.wave === wave.code);
  const change = points[position]?.change_from_previous;
  const from = points[position - 1]?.wave;
  if (position < 1 || !change || !change.comparable || from === undefined) return undefined;
  return { from, change: change.change, significant: change.significant };
}

export async function waveCompliance(database: Knex, wave: WaveRecord, cache: TrendCache): Promise<ComplianceMatrix> {
  const { rules, links } = await loadCatalogue(database);
  const { figures, results } = await cachedWave(database, cache, wave);
  const external = await externalValues(database, wave);
  const linked = new Set(links.map((link) => link.indicator));
  const definitions = figures.definitions.filter((definition) => linked.has(definition.code));
  const values = new Map<string, IndicatorValue>();
  const changes = new Map<string, ValueChange>();
  for (const definition of definitions) {
    const value = surveyValue(results.get(definition.code)) ?? external.get(definition.code);
    if (value) values.set(definition.code, value);
    const change =
      value?.kind === 'survey' || value?.kind === 'external'
        ? await changeAt(database, definition.code, wave, cache)
        : undefined;
    if (change) changes.set(definition.code, change);
  }
  return complianceMatrix({
    rules,
    links,
    indicators: definitions.map((definition) => ({
      code: definition.code,
      label: definition.label || definition.code,
      label_ar: definition.label_ar ?? '',
      type: definition.type,
      direction: definition.direction,
      in_score: Boolean(definition.dimension),
    })),
    values,
    changes,
  });
}
