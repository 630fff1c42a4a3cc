import { defineHook } from '@directus/extensions-sdk';
import { ensureDatabaseGuards } from '../shared/database-guards.ts';

export default defineHook(({ action }, { database, logger }) => {
  action('server.start', async () => {
    await ensureDatabaseGuards(database);
    logger.info('barometer: database guards in place');
  });
});
