import { defineEndpoint } from '@directus/extensions-sdk';
import { warmWorkers } from '../server/compute/compute-queue.ts';
import { barometerContext } from '../server/http/context.ts';
import { openApiRoutes } from './openapi.ts';
import { drawRoutes } from './routes/draws.ts';
import { exportRoutes } from './routes/exports.ts';
import { fieldRoutes } from './routes/field.ts';
import { followupRoutes } from './routes/followups.ts';
import { frameworkRoutes } from './routes/framework.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { instrumentRoutes } from './routes/instruments.ts';
import { qualityRoutes } from './routes/quality.ts';
import { reportRoutes } from './routes/reports.ts';
import { strategyRoutes } from './routes/strategy.ts';
import { waveRoutes } from './routes/waves.ts';

export default defineEndpoint({
  id: 'barometer',
  handler: (router, directus) => {
    const context = barometerContext(directus);
    instrumentRoutes(router, context);
    waveRoutes(router, context);
    exportRoutes(router, context);
    indicatorRoutes(router, context);
    frameworkRoutes(router, context);
    reportRoutes(router, context);
    strategyRoutes(router, context);
    drawRoutes(router, context);
    fieldRoutes(router, context);
    qualityRoutes(router, context);
    followupRoutes(router, context);
    openApiRoutes(router);
    warmWorkers((error, lane) =>
      context.logger.error(error, `barometer: compute worker (${lane}) not warmed at start`),
    );
  },
});
