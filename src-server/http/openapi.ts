import { z } from 'zod';
import { ApiErrorBody } from '@shared/api/errors';
import { HealthResponse } from '@shared/api/health';
import { PostsResponse } from '@shared/api/posts';
import { apiRoutes } from '@shared/api/routes';
import { SnapshotPage, SnapshotQuery } from '@shared/api/snapshot';
import { Declaration } from '@shared/domain/declaration';
import { Officer, Post } from '@shared/domain/post';

type JsonObject = Record<string, unknown>;

/** Named components: the big shapes appear once in the document and are referenced elsewhere. */
const components = {
  Declaration,
  Post,
  Officer,
  HealthResponse,
  PostsResponse,
  SnapshotPage,
  ApiErrorBody,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof components;

type Operation = {
  summary: string;
  query?: z.ZodObject;
  /** Status code → component name, or null for a free-form JSON object. */
  responses: Record<number, ComponentName | null>;
};

/** Every route of `apiRoutes` must be described here: the compiler checks the keys. */
const operations = {
  health: {
    summary: 'Liveness, database engine and schema version',
    responses: { 200: 'HealthResponse', 500: 'ApiErrorBody' },
  },
  openapi: { summary: 'This document', responses: { 200: null } },
  posts: {
    summary: 'Border posts with their officers',
    responses: { 200: 'PostsResponse', 500: 'ApiErrorBody' },
  },
  snapshot: {
    summary: "A page of a post's declarations at a watermark; page with nextPageToken until null",
    query: SnapshotQuery,
    responses: { 200: 'SnapshotPage', 400: 'ApiErrorBody', 404: 'ApiErrorBody', 500: 'ApiErrorBody' },
  },
} satisfies Record<keyof typeof apiRoutes, Operation>;

const ref = (name: ComponentName): JsonObject => ({ $ref: `#/components/schemas/${name}` });

/** `$schema` and `$id` belong to standalone JSON Schemas, not to schemas inside OpenAPI. */
function embedded(schema: JsonObject): JsonObject {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, { uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, embedded(schema)]));
}

function queryParameters(query: z.ZodObject): JsonObject[] {
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: 'query',
    // A field that accepts nothing (optional or defaulted) is not required.
    required: !schema.safeParse(undefined).success,
    schema: embedded(z.toJSONSchema(schema, { io: 'input' })),
  }));
}

function operationObject(operation: Operation): JsonObject {
  const responses = Object.fromEntries(
    Object.entries(operation.responses).map(([status, name]) => [
      status,
      {
        description: name ?? 'OpenAPI document',
        content: { 'application/json': { schema: name === null ? { type: 'object' } : ref(name) } },
      },
    ]),
  );
  return {
    summary: operation.summary,
    ...(operation.query === undefined ? {} : { parameters: queryParameters(operation.query) }),
    responses,
  };
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument(): JsonObject {
  const paths = Object.fromEntries(
    Object.entries(operations).map(([key, operation]) => [
      apiRoutes[key as keyof typeof apiRoutes],
      { get: operationObject(operation) },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: { title: 'Border Post central API', version: '1' },
    paths,
    components: { schemas: componentSchemas() },
  };
}
