// Flow operation "barometer-report": the "Générer le baromètre" button on a wave. A manual trigger
// hands the selected keys in `$trigger.body` and runs with the clicking user's accountability
// (Directus 11.17 flows.js: the trigger's context accountability overrides the operation's default
// null), so the same role rule as the endpoint applies.
import { defineOperationApi } from '@directus/extensions-sdk';
import { z } from 'zod';
import { barometerContext } from '../server/http/context.ts';
import { parseInput } from '../server/http/http.ts';
import { assertMayBuildReports, generateReport, type ReportOutcome } from '../server/report/report-service.ts';
import { resolveWave } from '../server/db/wave-data.ts';

const triggerData = z.object({
  $trigger: z.object({
    body: z.object({
      collection: z.literal('waves'),
      keys: z
        .array(z.union([z.string().regex(/^\d+$/), z.number().int().positive()]))
        .min(1)
        .max(20),
    }),
  }),
});

export default defineOperationApi({
  id: 'barometer-report',
  handler: async (_options, directus) => {
    const { data, accountability, database } = directus;
    assertMayBuildReports(accountability);
    const { keys } = parseInput(triggerData, data, 'flow').$trigger.body;
    const context = barometerContext(directus);
    const reports: ReportOutcome[] = [];
    for (const key of keys) {
      const wave = await resolveWave(database, String(key));
      // A published wave's button gives its final report (the one filed at publication, reused).
      reports.push(await generateReport(context, wave, { final: wave.status === 'published', accountability }));
    }
    return { data: reports };
  },
});
