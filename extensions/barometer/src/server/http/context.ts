// The slice of the endpoint context the routes use, typed once.
import type { Accountability, SchemaOverview } from '@directus/types';
import type { Request } from 'express';
import type { Knex } from 'knex';
import type { Readable } from 'node:stream';

export interface ItemsServiceLike {
  readOne(key: string | number, query?: Record<string, unknown>): Promise<Record<string, unknown>>;
  readByQuery(query: Record<string, unknown>): Promise<Array<Record<string, unknown>>>;
  createOne(data: Record<string, unknown>, options?: Record<string, unknown>): Promise<string | number>;
  createMany(data: Array<Record<string, unknown>>, options?: Record<string, unknown>): Promise<Array<string | number>>;
  updateOne(
    key: string | number,
    data: Record<string, unknown>,
    options?: Record<string, unknown>,
  ): Promise<string | number>;
  updateMany(
    keys: Array<string | number>,
    data: Record<string, unknown>,
    options?: Record<string, unknown>,
  ): Promise<Array<string | number>>;
  updateBatch(data: Array<Record<string, unknown>>, options?: Record<string, unknown>): Promise<Array<string | number>>;
  deleteMany(keys: Array<string | number>, options?: Record<string, unknown>): Promise<Array<string | number>>;
}

export interface PayloadServiceLike {
  processValues(action: 'create', payload: Array<Record<string, unknown>>): Promise<Array<Record<string, unknown>>>;
}

export interface ServiceOptions {
  schema: SchemaOverview;
  accountability: Accountability | null;
  knex?: Knex;
}

export type ItemsServiceConstructor = new (collection: string, options: ServiceOptions) => ItemsServiceLike;

export interface FilesServiceLike {
  uploadOne(stream: Readable, data: Record<string, unknown>): Promise<string | number>;
}

export type FilesServiceConstructor = new (options: ServiceOptions) => FilesServiceLike;

export type PayloadServiceConstructor = new (collection: string, options: ServiceOptions) => PayloadServiceLike;

export interface LoggerLike {
  error(object: unknown, message?: string): void;
}

export interface BarometerContext {
  database: Knex;
  getSchema: () => Promise<SchemaOverview>;
  ItemsService: ItemsServiceConstructor;
  /** Stores generated reports in directus_files. */
  FilesService: FilesServiceConstructor;
  /** Directus's conversion of item values for the database, for rows written in bulk. */
  PayloadService: PayloadServiceConstructor;
  logger: LoggerLike;
}

/** What the endpoint and the report operation are handed by Directus and pass on to the barometer. */
export interface DirectusContext {
  database: Knex;
  getSchema: () => Promise<SchemaOverview>;
  services: { ItemsService: unknown; FilesService: unknown; PayloadService: unknown };
  logger: LoggerLike;
}

/** Directus hands its services untyped: they are typed here once, as the slice the barometer calls. */
export function barometerContext({ database, getSchema, services, logger }: DirectusContext): BarometerContext {
  return {
    database,
    getSchema,
    ItemsService: services.ItemsService as ItemsServiceConstructor,
    FilesService: services.FilesService as FilesServiceConstructor,
    PayloadService: services.PayloadService as PayloadServiceConstructor,
    logger,
  };
}

/** Request as Directus extends it. */
export interface DirectusRequest extends Request {
  accountability?: Accountability | null;
  schema?: SchemaOverview;
}

/** Items services for one request, optionally inside a transaction. */
export function itemsFor(context: BarometerContext, request: DirectusRequest, knex?: Knex) {
  const options = (schema: SchemaOverview): ServiceOptions => ({
    schema,
    accountability: request.accountability ?? null,
    ...(knex ? { knex } : {}),
  });
  return async (collection: string) =>
    new context.ItemsService(collection, options(request.schema ?? (await context.getSchema())));
}

/**
 * Items services for bookkeeping a checked action implies (the interviews a lock excludes): permissions
 * are not applied, but Directus still records the caller in activity and revisions.
 */
export function bookkeepingFor(context: BarometerContext, request: DirectusRequest, knex: Knex) {
  const accountability = request.accountability ? { ...request.accountability, admin: true } : null;
  return async (collection: string) =>
    new context.ItemsService(collection, {
      schema: request.schema ?? (await context.getSchema()),
      accountability,
      knex,
    });
}
