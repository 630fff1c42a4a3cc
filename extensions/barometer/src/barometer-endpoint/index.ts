import { defineEndpoint } from '@directus/extensions-sdk';

export default defineEndpoint({
  id: 'barometer',
  handler: (router) => {
    router.get('/', (_request, response) => {
      response.json({ data: { name: 'barometer' } });
    });
  },
});
