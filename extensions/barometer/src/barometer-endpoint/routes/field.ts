// The offline entry page (issue 9): its files, built by Vite into dist/field beside this bundle's
// api.js, served here rather than as an app module because the Directus app cannot start without the
// API (README, "Saisie hors ligne"); and the two calls it makes when it has network.
import { ForbiddenError } from '@directus/errors';
import type { Response, Router } from 'express';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BarometerContext, DirectusRequest } from '../../server/http/context.ts';
import { FIELD_ASSET_NAME } from '../../shared/field-assets.ts';
import { NotFoundError } from '../../server/http/errors.ts';
import { fieldPackage } from '../../server/fieldwork/field-package.ts';
import { interviewCodeSchema, syncBodySchema, syncInterview } from '../../server/fieldwork/field-sync.ts';
import { parseInput, route } from '../../server/http/http.ts';

const fieldFolder = fileURLToPath(new URL('./field/', import.meta.url));

function sendFieldFile(response: Response, name: string, caching: string): void {
  const path = `${fieldFolder}${name}`;
  if (!existsSync(path))
    throw new NotFoundError({ reason: `${name} : la page hors ligne n’est pas construite (npm run build).` });
  response.setHeader('Cache-Control', caching);
  response.sendFile(path);
}

function signedInUser(request: DirectusRequest): string {
  const user = request.accountability?.user;
  if (!user) throw new ForbiddenError();
  return user;
}

export function fieldRoutes(router: Router, context: BarometerContext): void {
  // The page's relative asset addresses need the trailing slash.
  router.get('/field', (request, response, next) => {
    if (request.originalUrl.split('?')[0]?.endsWith('/')) return next();
    response.redirect(301, `${request.baseUrl}/field/`);
  });
  // The service worker decides what is fresh; the browser's own cache must not hold the page back.
  router.get(
    '/field/',
    route(async (_request, response) => sendFieldFile(response, 'index.html', 'no-cache')),
  );
  router.get(
    '/field/sw.js',
    route(async (_request, response) => sendFieldFile(response, 'sw.js', 'no-cache')),
  );
  router.get(
    '/field/precache.json',
    route(async (_request, response) => sendFieldFile(response, 'precache.json', 'no-cache')),
  );
  router.get(
    '/field/assets/:file',
    route(async (request, response) => {
      const name = String(request.params['file']);
      if (!FIELD_ASSET_NAME.test(name)) throw new NotFoundError({ reason: `${name} introuvable.` });
      // Vite puts a content hash in every asset name.
      sendFieldFile(response, `assets/${name}`, 'public, max-age=31536000, immutable');
    }),
  );

  router.get(
    '/field/api/package',
    route(async (request: DirectusRequest, response) => {
      response.json({ data: await fieldPackage(context.database, signedInUser(request)) });
    }),
  );

  router.put(
    '/field/api/interviews/:code',
    route(async (request: DirectusRequest, response) => {
      signedInUser(request);
      const code = parseInput(interviewCodeSchema, request.params['code'], 'code');
      const body = parseInput(syncBodySchema, request.body, 'body');
      const result = await syncInterview(context, request, code, body);
      response.status(result.created ? 201 : 200).json({ data: result.data });
    }),
  );
}
