import { defineEndpoint } from '@directus/extensions-sdk';
import type { BarometerContext, ItemsServiceConstructor } from '../shared/context.ts';
import { exportRoutes } from './routes/exports.ts';
import { indicatorRoutes } from './routes/indicators.ts';
import { instrumentRoutes } from './routes/instruments.ts';
import { waveRoutes } from './routes/waves.ts';

export default defineEndpoint({
  id: 'barometer',
  handler: (router, { database, getSchema, services }) => {
    const context: BarometerContext = {
      database,
      getSchema,
      ItemsService: services.ItemsService as unknown as ItemsServiceConstructor,
    };
    instrumentRoutes(router, context);
    waveRoutes(router, context);
    exportRoutes(router, context);
    indicatorRoutes(router, context);
  },
});
