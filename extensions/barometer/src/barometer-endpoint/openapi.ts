// The OpenAPI 3.1 description of the routes under /barometer (issue 15, item 3), built from the zod
// schemas the routes parse their input with, so that the document cannot drift from what is checked.
// docs/api.md describes the same routes in prose; openapi.test.ts fails when a registered route is
// missing here or a route listed here is not registered.
import type { Router } from 'express';
import { z } from 'zod';
import { interviewCodeSchema, syncBodySchema } from '../server/fieldwork/field-sync.ts';
import { idParameter, route } from '../server/http/http.ts';
import { drawQuery } from './routes/draws.ts';
import { exportQuery } from './routes/exports.ts';
import { contactBody, estimatesQuery, mineQuery, outcomeBody, plainFollowupQuery } from './routes/followups.ts';
import { indicatorCodeParameter, indicatorQuery, plainQuery } from './routes/indicators.ts';
import { diffQuery } from './routes/instruments.ts';
import { attritionQuery, qualityQuery } from './routes/quality.ts';
import { reportBody } from './routes/reports.ts';
import { strategyQuery } from './routes/strategy.ts';
import { newWave, transitionBody } from './routes/waves.ts';

type Method = 'get' | 'post' | 'put' | 'delete';
type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422;

type Body =
  | { kind: 'json'; schema: z.ZodType }
  | { kind: 'multipart'; field: string; description: string }
  | { kind: 'csv'; description: string };

export interface RouteDoc {
  method: Method;
  /** Express form, as registered on the router (`:name` for a path parameter). */
  path: string;
  summary: string;
  /** Who may call it: the role checks of the handler and the Directus permissions it goes through. */
  callers: string;
  /** False for the routes an anonymous visitor may read. */
  authenticated: boolean;
  query?: z.ZodType;
  body?: Body;
  /** The schema a path parameter is parsed with; a parameter not named here is a plain string. */
  parameters?: Record<string, z.ZodType>;
  /** The success answer: its status, description and content types. */
  answer: { status?: number; description: string; content?: readonly string[]; unwrapped?: boolean };
  /** Refusals besides 400 (bad input) and, on authenticated routes, 401 and 403. */
  errors?: readonly ErrorStatus[];
}

/** `:wave` is a wave's numeric id or its code (docs/api.md, Identifiers). */
const waveParameter = z.string().describe('Numeric id or code of the wave (W1)');
const WAVE = { wave: waveParameter };
const VERSION = { id: idParameter };
const JSON_ANSWER = ['application/json'] as const;
const WAVE_ACTIONS = [
  { action: 'open', summary: 'Open a planned wave for fieldwork', errors: [404, 409, 422] },
  {
    action: 'lock',
    summary: 'Lock a closed wave: its figures are frozen in indicator_snapshots',
    errors: [404, 409, 422],
  },
  { action: 'unlock', summary: 'Unlock a locked wave, with an audited reason', errors: [404, 409, 422] },
  {
    action: 'publish',
    summary: 'Publish a locked wave: its French final report filed (`report`), the Arabic one queued (`report_ar`)',
    errors: [404, 409, 422],
  },
] as const;

export const ROUTES: readonly RouteDoc[] = [
  {
    method: 'post',
    path: '/instruments/import',
    summary: 'Import an XLSForm workbook as a new draft version',
    callers: 'coordinator, admin',
    authenticated: true,
    body: { kind: 'multipart', field: 'file', description: 'The XLSForm `.xlsx` workbook, 20 MB at most' },
    answer: {
      description:
        '`{ instrument, version, questions, warnings }`; `warnings`: `[{ sheet, row, column, message, message_ar }]`, what was accepted with a change',
    },
    errors: [422],
  },
  {
    method: 'get',
    path: '/instrument-versions/:id/xlsform',
    summary: 'Download a version as an XLSForm workbook',
    callers: 'whoever reads the version',
    authenticated: true,
    parameters: VERSION,
    answer: {
      description: 'The `.xlsx` workbook',
      content: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    },
    errors: [404],
  },
  {
    method: 'post',
    path: '/instrument-versions/:id/publish',
    summary: 'Publish a draft version',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: VERSION,
    answer: { description: '`{ id, instrument, version, status, published_at }`' },
    errors: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/instrument-versions/:id/draft',
    summary: 'Copy a version into a new draft',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: VERSION,
    answer: { description: '`{ version, questions }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/instrument-versions/:id/diff',
    summary: 'Compare a version with another one of the same instrument',
    callers: 'whoever reads both versions',
    authenticated: true,
    parameters: VERSION,
    query: diffQuery,
    answer: { description: '`{ from, to, added, removed, changed, impacted_indicators }`' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/waves',
    summary: 'Create a planned wave',
    callers: 'coordinator, admin',
    authenticated: true,
    body: { kind: 'json', schema: newWave },
    answer: { description: 'The new wave, `planned`' },
    errors: [409, 422],
  },
  ...WAVE_ACTIONS.map(({ action, summary, errors }): RouteDoc => ({
    method: 'post',
    path: `/waves/:wave/${action}`,
    summary,
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    body: { kind: 'json', schema: transitionBody },
    answer: { description: '`{ wave, status, event, ... }`: see docs/api.md, Waves' },
    errors,
  })),
  {
    method: 'post',
    path: '/waves/:wave/frame',
    summary: 'Replace the sample frame of a wave',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    body: { kind: 'csv', description: '`establishment_code,population[,establishment_type,region]`' },
    answer: { description: '`{ created, establishments_created, removed }`' },
    errors: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/waves/:wave/interviews/import',
    summary: 'Import interviews into an open wave, all rows or none',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    body: {
      kind: 'csv',
      description:
        '`interview_code,participant_code,establishment_code`, one column per question code and the optional columns of docs/api.md; or a KoboToolbox / ODK Central CSV export of the form',
    },
    answer: { description: '`{ created }`' },
    errors: [404, 409, 422],
  },
  {
    method: 'get',
    path: '/waves/:wave/coverage',
    summary: 'Interviews and minors covered per establishment over the frame',
    callers: 'whoever reads the frame of the wave',
    authenticated: true,
    parameters: WAVE,
    answer: { description: 'The coverage of the wave' },
    errors: [404],
  },
  {
    method: 'post',
    path: '/waves/:wave/draws',
    summary: 'Draw the minors to interview, per establishment',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    query: drawQuery,
    body: {
      kind: 'csv',
      description: '`establishment_code,participant_code`: the minors present on the reference date',
    },
    answer: { description: '`{ seed, draws: [{ establishment, target, selected, replacements, list_sha256 }] }`' },
    errors: [404, 409, 422],
  },
  {
    method: 'get',
    path: '/waves/:wave/draws',
    summary: 'The latest draw of each establishment',
    callers: 'coordinator, admin, supervisor, enumerator (its establishments)',
    authenticated: true,
    parameters: WAVE,
    answer: {
      description: '`{ wave, draws: [{ establishment, seed, list_sha256, selected, replacements, date_created }] }`',
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/quality',
    summary: 'Duplicates, short interviews and item non-response',
    callers: 'coordinator, admin, supervisor (its establishments)',
    authenticated: true,
    parameters: WAVE,
    query: qualityQuery,
    answer: { description: 'The quality checks of the wave' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/attrition',
    summary: 'Panel attrition since the previous wave',
    callers: 'coordinator, admin, supervisor (its establishments)',
    authenticated: true,
    parameters: WAVE,
    query: attritionQuery,
    answer: {
      description: '`{ wave, previous_wave, as_of, previous_respondents, reinterviewed, counts, participants }`',
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/indicators',
    summary: 'Indicator estimates, overall or by domain',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    parameters: WAVE,
    query: indicatorQuery,
    answer: { description: '`{ wave, source, disclosure, results }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/disclosure-audit',
    summary: 'What a reader derives for each suppressed cell',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    parameters: WAVE,
    query: plainQuery,
    answer: {
      description:
        '`{ wave, holds, indicators }`; a cell’s `primary` reason only for holders of the unprotected-data policy',
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/score',
    summary: 'The barometer score of a wave',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    parameters: WAVE,
    query: plainQuery,
    answer: { description: '`{ wave, source, overall, dimensions, indicators }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/compliance',
    summary: 'The compliance matrix: every rule of the catalogue, its indicators, targets and red lines',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    parameters: WAVE,
    query: plainQuery,
    answer: { description: '`{ wave, provisional, red_lines, rules, summary }`' },
    errors: [404, 422],
  },
  {
    method: 'get',
    path: '/indicators/:code/trend',
    summary: 'An indicator across the waves',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    parameters: { code: indicatorCodeParameter },
    query: plainQuery,
    answer: { description: '`{ indicator, type, method, points }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/strategy',
    summary: 'The strategy guidelines: the framework as the monitoring plan of a national strategy',
    callers: 'coordinator, admin, analyst',
    authenticated: true,
    query: strategyQuery,
    answer: {
      description:
        '`format=json`: `{ baseline, waves, objectives, summary }` (both languages); `xlsx`: the workbook; `pdf`: the document, rendered by the report worker; `lang=ar`: the workbook and the document in Arabic, right to left',
      content: [
        'application/json',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/pdf',
      ],
    },
    errors: [],
  },
  {
    method: 'get',
    path: '/waves/:wave/export',
    summary: 'The analyst export: interviews, codebook, SPSS or Stata script, or the table of a repeat',
    callers: 'coordinator, admin, analyst (free text: coordinator, admin)',
    authenticated: true,
    parameters: WAVE,
    query: exportQuery,
    answer: { description: 'The file, sent with `Cache-Control: no-store`', content: ['text/csv', 'text/plain'] },
    errors: [400, 404],
  },
  {
    method: 'post',
    path: '/waves/:wave/report',
    summary: 'Build the barometer PDF of a wave',
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    body: { kind: 'json', schema: reportBody },
    answer: { description: '`{ report, file }`' },
    errors: [404, 409, 422],
  },
  {
    method: 'get',
    path: '/waves/:wave/report/status',
    summary: "Where the wave's report build stands in the queue",
    callers: 'coordinator, admin',
    authenticated: true,
    parameters: WAVE,
    answer: { description: '`{ state: "idle" | "queued" | "building", ahead, progress }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/field',
    summary: 'Redirect to the offline entry page',
    callers: 'anyone',
    authenticated: false,
    answer: { status: 301, description: 'Redirect to `/barometer/field/`', content: [] },
  },
  {
    method: 'get',
    path: '/field/',
    summary: 'The offline entry page',
    callers: 'anyone',
    authenticated: false,
    answer: { description: 'The page', content: ['text/html'] },
    errors: [404],
  },
  {
    method: 'get',
    path: '/field/sw.js',
    summary: 'The service worker of the offline entry page',
    callers: 'anyone',
    authenticated: false,
    answer: { description: 'The script', content: ['application/javascript'] },
    errors: [404],
  },
  {
    method: 'get',
    path: '/field/precache.json',
    summary: 'The files the service worker keeps offline',
    callers: 'anyone',
    authenticated: false,
    answer: { description: 'The list', content: JSON_ANSWER },
    errors: [404],
  },
  {
    method: 'get',
    path: '/field/assets/:file',
    summary: 'A built asset of the offline entry page',
    callers: 'anyone',
    authenticated: false,
    answer: {
      description: 'The asset, cached for a year (its name holds its hash)',
      content: ['application/javascript', 'text/css', 'font/woff2'],
    },
    errors: [404],
  },
  {
    method: 'get',
    path: '/field/api/package',
    summary: 'What the offline page needs for the signed-in user',
    callers: 'a signed-in user',
    authenticated: true,
    answer: {
      description:
        'Open waves, assigned establishments, questionnaires, latest draws, own interviews, and the follow-ups to do (`followups`) with their follow-up versions',
    },
  },
  {
    method: 'put',
    path: '/field/api/interviews/:code',
    summary: 'Create or update an interview from the offline page',
    callers: 'enumerator',
    authenticated: true,
    parameters: { code: interviewCodeSchema },
    body: { kind: 'json', schema: syncBodySchema },
    answer: { description: '200 updated, 201 created: the interview; 409 `INTERVIEW_CHANGED` carries the server copy' },
    errors: [404, 409, 422],
  },
  {
    method: 'post',
    path: '/waves/:wave/followups',
    summary: 'Add to the wave’s follow-up cohort the participants released since the previous wave',
    callers: 'coordinator, Suivi post-sortie, admin',
    authenticated: true,
    parameters: WAVE,
    query: plainFollowupQuery,
    answer: { description: '`{ wave, created, cohort }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/waves/:wave/followups/estimates',
    summary: 'The follow-up cohort’s tracing and outcome indicators, weighted for non-response',
    callers: 'coordinator, supervisor, analyst, Suivi post-sortie, admin',
    authenticated: true,
    parameters: WAVE,
    query: estimatesQuery,
    answer: {
      description:
        '`{ wave, cohort, eligible, interviewed, rate, outcomes, hidden_outcomes, respondents, threshold, empty_classes, indicators: [{ code, label, label_ar, direction, standards, limit, limit_ar, suppressed, n, estimate?, se?, ci_low?, ci_high?, df? }] }`; `outcomes` has one count per tracing cell (the outcomes, `re_detained_observed`, `not_traced`), null for the cells of `hidden_outcomes` (disclosure control); `disclosure=off` (policy « Données non protégées », logged) gives every count',
    },
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/followups/mine',
    summary: 'The signed-in enumerator’s follow-ups, with their window (`open=true`: open and not over)',
    callers: 'enumerator',
    authenticated: true,
    query: mineQuery,
    answer: {
      description:
        'A list of `{ id, participant, participant_id, wave, wave_id, followup_instrument_version, interview, from_establishment, released_on, window_start, window_end, window_open, place_region, partner_organisation, outcome, outcome_date, ended, has_contact }`',
    },
  },
  {
    method: 'post',
    path: '/followups/:id/outcome',
    summary: 'Record a tracing outcome; an outcome that ends the follow-up erases the contact details',
    callers: 'the assigned enumerator, Suivi post-sortie, admin',
    authenticated: true,
    parameters: VERSION,
    body: { kind: 'json', schema: outcomeBody },
    answer: { description: '`{ id, outcome, outcome_date, contact_erased }`' },
    errors: [404, 409],
  },
  {
    method: 'put',
    path: '/participants/:id/contact',
    summary: 'Store a participant’s contact details, encrypted (needs an interview with consent_contact)',
    callers: 'Suivi post-sortie, an enumerator who interviewed or follows the participant, admin',
    authenticated: true,
    parameters: VERSION,
    body: { kind: 'json', schema: contactBody },
    answer: { status: 204, description: 'Stored; the write is audited in contact_reveals', content: [] },
    errors: [404, 409],
  },
  {
    method: 'get',
    path: '/followups/:id/contact',
    summary: 'Reveal the contact details of a follow-up; every reveal and refusal is audited',
    callers: 'Suivi post-sortie, the enumerator assigned to the follow-up while it is not over',
    authenticated: true,
    parameters: VERSION,
    query: plainFollowupQuery,
    answer: { description: '`{ contact_name, relationship?, phone?, address?, notes? }`' },
    errors: [404],
  },
  {
    method: 'delete',
    path: '/followups/:id/contact',
    summary: 'Erase the contact details of a follow-up’s participant (audited)',
    callers: 'Suivi post-sortie, admin',
    authenticated: true,
    parameters: VERSION,
    answer: { description: '`{ erased }`' },
    errors: [404],
  },
  {
    method: 'get',
    path: '/openapi.json',
    summary: 'This document',
    callers: 'anyone',
    authenticated: false,
    answer: {
      description: 'The OpenAPI 3.1 document of the routes under /barometer, without the `data` envelope',
      unwrapped: true,
    },
  },
];

type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema of what a caller sends: `io: 'input'` keeps a default's field optional and a
 * transform's input type; a type JSON Schema cannot say (a transform's output) becomes `{}`.
 */
function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

/** `/waves/:wave/draws` → `/waves/{wave}/draws`. */
export function openApiPath(expressPath: string): string {
  return expressPath.replace(/:(\w+)/g, '{$1}');
}

function pathParameterNames(expressPath: string): string[] {
  return [...expressPath.matchAll(/:(\w+)/g)].map((match) => match[1] ?? '');
}

function queryParameters(query: z.ZodType): JsonSchema[] {
  const schema = jsonSchema(query);
  const properties = (schema['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema['required'] ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => ({
    name,
    in: 'query',
    required: required.has(name),
    schema: property,
  }));
}

function requestBody(body: Body): JsonSchema {
  if (body.kind === 'json')
    return { required: true, content: { 'application/json': { schema: jsonSchema(body.schema) } } };
  if (body.kind === 'csv')
    return { required: true, description: body.description, content: { 'text/csv': { schema: { type: 'string' } } } };
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: [body.field],
          properties: {
            [body.field]: {
              type: 'string',
              contentMediaType: 'application/octet-stream',
              description: body.description,
            },
          },
        },
      },
    },
  };
}

const ERROR_ANSWERS: Record<ErrorStatus, string> = {
  400: 'Bad input: the reason names the parameter or field (`INVALID_PAYLOAD`, `INVALID_QUERY`)',
  401: 'The token is missing, expired or invalid',
  403: 'The caller may not do this (`FORBIDDEN`, with a reason where one helps)',
  404: 'The wave, version, indicator or file named in the path does not exist (`NOT_FOUND`)',
  409: 'The item is in a state that forbids the change (`CONFLICT`, `INTERVIEW_CHANGED`)',
  422: 'The input was understood but breaks rules: `extensions.problems` says what and where (`VALIDATION_FAILED`)',
};

function operation(doc: RouteDoc): JsonSchema {
  const parameters = [
    ...pathParameterNames(doc.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: jsonSchema(doc.parameters?.[name] ?? z.string()),
    })),
    ...(doc.query ? queryParameters(doc.query) : []),
  ];
  const content = doc.answer.content ?? JSON_ANSWER;
  const success = {
    description: doc.answer.description,
    ...(content.length > 0
      ? {
          content: Object.fromEntries(
            content.map((type) => [
              type,
              type === 'application/json' && !doc.answer.unwrapped
                ? { schema: { $ref: '#/components/schemas/Data' } }
                : {},
            ]),
          ),
        }
      : {}),
  };
  const errors: ErrorStatus[] = [400, ...(doc.authenticated ? ([401, 403] as const) : []), ...(doc.errors ?? [])];
  return {
    summary: doc.summary,
    description: `Callers: ${doc.callers}.`,
    'x-callers': doc.callers,
    security: doc.authenticated ? [{ bearer: [] }, { accessToken: [] }, { session: [] }] : [],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(doc.body ? { requestBody: requestBody(doc.body) } : {}),
    responses: {
      [String(doc.answer.status ?? 200)]: success,
      ...Object.fromEntries(
        [...new Set(errors)].map((status) => [String(status), { $ref: `#/components/responses/E${status}` }]),
      ),
    },
  };
}

export function openApiDocument(routes: readonly RouteDoc[] = ROUTES): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const doc of routes) {
    const path = openApiPath(doc.path);
    paths[path] = { ...paths[path], [doc.method]: operation(doc) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Baromètre de la réinsertion des mineurs détenus: /barometer',
      version: '1',
      description:
        'The routes the barometer bundle adds to Directus; docs/api.md describes them and the standard Directus APIs.',
    },
    servers: [{ url: '/barometer' }],
    paths,
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'A Directus access token from POST /auth/login' },
        accessToken: {
          type: 'apiKey',
          in: 'query',
          name: 'access_token',
          description: 'The same token in the query string (download links)',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'directus_session_token',
          description: 'The Directus app session',
        },
      },
      schemas: {
        Data: { type: 'object', required: ['data'], properties: { data: {} } },
        Error: {
          type: 'object',
          required: ['errors'],
          properties: {
            errors: {
              type: 'array',
              items: {
                type: 'object',
                required: ['message', 'extensions'],
                properties: {
                  message: { type: 'string', description: 'French' },
                  extensions: {
                    type: 'object',
                    required: ['code'],
                    properties: {
                      code: { type: 'string' },
                      reason: { type: 'string' },
                      problems: {
                        type: 'array',
                        items: {
                          type: 'object',
                          required: ['message'],
                          properties: {
                            message: { type: 'string' },
                            row: { type: 'integer' },
                            column: { type: 'string' },
                            field: { type: 'string' },
                            question: { type: 'string' },
                            sheet: { type: 'string' },
                            position: { type: 'integer' },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      responses: Object.fromEntries(
        Object.entries(ERROR_ANSWERS).map(([status, description]) => [
          `E${status}`,
          { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
        ]),
      ),
    },
  };
}

export function openApiRoutes(router: Router): void {
  // Built once: the routes and their schemas are fixed when the bundle loads.
  const document = openApiDocument();
  router.get(
    '/openapi.json',
    route(async (_request, response) => {
      response.json(document);
    }),
  );
}
