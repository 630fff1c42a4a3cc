import { defineEndpoint } from '@directus/extensions-sdk';
import { version } from '../../package.json';

export default defineEndpoint({
  id: 'barometer',
  handler: (router) => {
    router.get('/', (_request, response) => {
      response.json({ data: { name: 'barometer', version } });
    });
  },
});
