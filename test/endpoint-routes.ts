// The routes of the /barometer endpoint as Express registers them and as the OpenAPI document lists
// them, each as `get /waves/{wave}/draws`: the unit and the integration test compare the two lists.
import express from 'express';
import endpoint from '../extensions/barometer/src/barometer-endpoint/index.ts';
import { openApiPath } from '../extensions/barometer/src/barometer-endpoint/openapi.ts';

interface Layer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** Each route the endpoint's handler registers on a real router. */
export function registeredRoutes(): string[] {
  const router = express.Router();
  // The route functions only close over the context: none is used before a request arrives.
  const directus = {
    database: {},
    getSchema: async () => ({}),
    services: { ItemsService: class {}, FilesService: class {} },
    logger: console,
  };
  if (typeof endpoint === 'function') throw new Error('the endpoint is expected as { id, handler }');
  endpoint.handler(router, directus as never);
  // @types/express leaves out `route.methods`, which Express 4 sets on every route layer.
  return (router.stack as unknown as Layer[]).flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((method) => `${method} ${openApiPath(layer.route?.path ?? '')}`)
      : [],
  );
}

export function documentedRoutes(document: unknown): string[] {
  const paths = (document as { paths: Record<string, Record<string, unknown>> }).paths;
  return Object.entries(paths).flatMap(([path, operations]) =>
    Object.keys(operations).map((method) => `${method} ${path}`),
  );
}
