// GET /barometer/openapi.json on the running Directus: public, and listing exactly the routes the
// endpoint registers.
import { describe, expect, it } from 'vitest';
import { documentedRoutes, registeredRoutes } from '../endpoint-routes.ts';
import { anonymous } from '../helpers.ts';

describe('GET /barometer/openapi.json', () => {
  it('answers anyone an OpenAPI 3.1 document of every registered route', async () => {
    const response = await anonymous().raw<{ openapi: string; servers: Array<{ url: string }> }>(
      'GET',
      '/barometer/openapi.json',
    );
    expect(response.status).toBe(200);
    expect(response.body.openapi).toBe('3.1.0');
    expect(response.body.servers).toEqual([{ url: '/barometer' }]);
    expect(documentedRoutes(response.body).sort()).toEqual(registeredRoutes().sort());
  });

  it('describes a route the running server refuses as documented', async () => {
    const response = await anonymous().raw<{
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    }>('GET', '/barometer/openapi.json');
    const score = await anonymous().raw<{ errors: Array<{ extensions: { code: string } }> }>(
      'GET',
      '/barometer/waves/W1/score',
    );
    expect(Object.keys(response.body.paths['/waves/{wave}/score']?.['get']?.responses ?? {})).toContain(
      String(score.status),
    );
    expect(score.body.errors[0]?.extensions.code).toBe('FORBIDDEN');
  });
});
