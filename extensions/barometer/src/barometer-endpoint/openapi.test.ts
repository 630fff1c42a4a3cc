// The OpenAPI document against the router the endpoint really builds: every registered route is in the
// document and the document lists no route that is not registered.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { documentedRoutes, registeredRoutes } from '../../../../test/endpoint-routes.ts';
import { openApiDocument, ROUTES } from './openapi.ts';

describe('the OpenAPI document', () => {
  it('lists exactly the routes the endpoint registers', () => {
    const registered = registeredRoutes();
    expect(registered.length).toBeGreaterThan(25);
    expect(new Set(registered).size).toBe(registered.length);
    expect(documentedRoutes(openApiDocument()).sort()).toEqual([...registered].sort());
  });

  it('would fail on a registered route the table forgets', () => {
    const registered = registeredRoutes();
    const withoutOne = ROUTES.filter((route) => route.path !== '/waves/:wave/score');
    expect(documentedRoutes(openApiDocument(withoutOne)).sort()).not.toEqual([...registered].sort());
  });

  it('is OpenAPI 3.1 with the path parameters of the Express paths', () => {
    const document = openApiDocument() as {
      openapi: string;
      paths: Record<string, Record<string, { parameters?: Array<{ name: string; in: string; required: boolean }> }>>;
    };
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/waves/{wave}/draws']?.['post']?.parameters).toEqual([
      expect.objectContaining({ name: 'wave', in: 'path', required: true }),
      expect.objectContaining({ name: 'seed', in: 'query', required: false }),
    ]);
    expect(
      document.paths['/instrument-versions/{id}/diff']?.['get']?.parameters?.map((parameter) => parameter.name),
    ).toEqual(['id', 'against']);
  });

  it('takes the body and query from the zod schemas the routes parse with, as a caller sends them', () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, Record<string, unknown>>> };
    const waveBody = (
      document.paths['/waves']?.['post']?.['requestBody'] as {
        content: Record<
          string,
          { schema: { required: string[]; additionalProperties: boolean; properties: Record<string, unknown> } }
        >;
      }
    ).content['application/json']?.schema;
    // A field with a default is optional to the caller; the strict object refuses unknown fields.
    expect(waveBody?.required?.sort()).toEqual(['code', 'label', 'reference_date']);
    expect(waveBody?.additionalProperties).toBe(false);
    expect(waveBody?.properties['sampling_rate']).toMatchObject({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 1,
      default: 0.25,
    });
    const exportParameters = document.paths['/waves/{wave}/export']?.['get']?.['parameters'] as Array<{
      name: string;
      schema: unknown;
    }>;
    // A transform's input is what the query string carries: 'true' or 'false'.
    expect(exportParameters.find((parameter) => parameter.name === 'include_text')?.schema).toMatchObject({
      type: 'string',
      enum: ['true', 'false'],
    });
    const csv = document.paths['/waves/{wave}/frame']?.['post']?.['requestBody'] as {
      content: Record<string, unknown>;
    };
    expect(Object.keys(csv.content)).toEqual(['text/csv']);
  });

  it('names the security and the Directus error envelope of every refusal', () => {
    const document = openApiDocument() as {
      paths: Record<string, Record<string, { security: unknown[]; responses: Record<string, unknown> }>>;
      components: { responses: Record<string, unknown> };
    };
    const score = document.paths['/waves/{wave}/score']?.['get'];
    expect(score?.security).toEqual([{ bearer: [] }, { accessToken: [] }, { session: [] }]);
    expect(Object.keys(score?.responses ?? {}).sort()).toEqual(['200', '400', '401', '403', '404']);
    expect(document.paths['/openapi.json']?.['get']?.security).toEqual([]);
    expect(document.components.responses['E422']).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    });
  });

  it('keeps a type JSON Schema cannot say instead of throwing', () => {
    const routes = [{ ...ROUTES[0]!, body: { kind: 'json' as const, schema: z.object({ when: z.date() }) } }];
    expect(() => openApiDocument(routes)).not.toThrow();
  });
});
