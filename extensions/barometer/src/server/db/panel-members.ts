// Which interviews of a wave are panel members, and how many panel members each establishment's
// recorded draw list held: what core/indicators/panel-design.ts needs to build the design the draw implies.
import type { Knex } from 'knex';
import { codeList } from './db-values.ts';
import { latestDrawIds, panelOf } from '../fieldwork/draw-list.ts';
import type { WaveData, WaveRecord } from './wave-data.ts';

export async function withPanel(database: Knex, wave: WaveRecord, data: WaveData): Promise<WaveData> {
  const draws: Array<{ establishment: string; selected: unknown; replacements: unknown }> = await database(
    'sample_draws as d',
  )
    .join('establishments as e', 'e.id', 'd.establishment')
    .whereIn('d.id', latestDrawIds(database, [wave.id]))
    .select('e.code as establishment', 'd.selected', 'd.replacements');
  const lists = new Map(
    draws.map((draw) => [draw.establishment, [...codeList(draw.selected), ...codeList(draw.replacements)]]),
  );
  const interviewed = data.participantCodes.filter((code): code is string => code !== null);
  const panel = await panelOf(database, wave, [...new Set([...interviewed, ...[...lists.values()].flat()])]);
  if (panel.size === 0) return data;
  return {
    ...data,
    interviews: data.interviews.map((interview, i) => {
      const code = data.participantCodes[i];
      return code !== null && code !== undefined && panel.has(code) ? { ...interview, panel: true } : interview;
    }),
    frame: data.frame.map((entry) => {
      const list = lists.get(entry.establishment);
      return list === undefined ? entry : { ...entry, panel_population: list.filter((code) => panel.has(code)).length };
    }),
  };
}
