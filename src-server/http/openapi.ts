import { z } from 'zod';
import { authRoutes, LoginRequest, RefreshRequest, Session } from '@shared/api/auth-v1';
import { ApiErrorBody } from '@shared/api/errors';
import { HealthResponse } from '@shared/api/health';
import { PostsResponse } from '@shared/api/posts';
import {
  ReferenceManifest,
  ReferenceParams,
  ReferenceQuery,
  referenceRoutes,
} from '@shared/api/reference-v1';
import { apiRoutes } from '@shared/api/routes';
import { SnapshotPage, SnapshotQuery } from '@shared/api/snapshot';
import {
  ChangesPage,
  ChangesQuery,
  DeviceState,
  PushRequest,
  PushResponse,
  syncRoutes,
} from '@shared/api/sync-v1';
import { DeviceId } from '@shared/domain/decision';
import { PostId } from '@shared/domain/ids';
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
  LoginRequest,
  RefreshRequest,
  Session,
  PushRequest,
  PushResponse,
  ChangesPage,
  DeviceState,
  ReferenceManifest,
} satisfies Record<string, z.ZodType>;
type ComponentName = keyof typeof components;

type Operation = {
  method?: 'get' | 'post';
  summary: string;
  /** Needs `Authorization: Bearer <accessToken>` from /auth/v1/login. */
  bearer?: boolean;
  query?: z.ZodObject;
  path?: z.ZodObject;
  body?: ComponentName;
  /** Status code → component name, null for a free-form JSON object, or a description. */
  responses: Record<number, ComponentName | null | { description: string; mediaType: string }>;
};

const authErrors = { 401: 'ApiErrorBody', 403: 'ApiErrorBody' } as const;

/** Every route of the shared route tables must be described here: the compiler checks the keys. */
const syncOperations = {
  decisions: {
    method: 'post',
    summary: 'Push a batch of decisions; one result per decision, in request order',
    bearer: true,
    body: 'PushRequest',
    responses: { 200: 'PushResponse', 400: 'ApiErrorBody', ...authErrors },
  },
  changes: {
    summary: "Changes of the officer's post after a cursor (the snapshot's watermark first)",
    bearer: true,
    query: ChangesQuery,
    responses: { 200: 'ChangesPage', 400: 'ApiErrorBody', ...authErrors, 410: 'ApiErrorBody' },
  },
  device: {
    summary: 'The highest seq of this device the server has processed',
    bearer: true,
    path: z.object({ deviceId: DeviceId }),
    responses: { 200: 'DeviceState', ...authErrors, 404: 'ApiErrorBody' },
  },
  events: {
    summary: "Server-sent events: 'poke' when the post's change log advances",
    bearer: true,
    query: z.object({ postId: PostId }),
    responses: { 200: { description: 'event stream', mediaType: 'text/event-stream' }, ...authErrors },
  },
} satisfies Record<keyof typeof syncRoutes, Operation>;

const authOperations = {
  login: {
    method: 'post',
    summary: 'Sign in with username and password; answers a session',
    body: 'LoginRequest',
    responses: { 200: 'Session', 400: 'ApiErrorBody', 401: 'ApiErrorBody' },
  },
  refresh: {
    method: 'post',
    summary: 'Rotate a refresh token for a new session; a reused token revokes its family',
    body: 'RefreshRequest',
    responses: { 200: 'Session', 400: 'ApiErrorBody', 401: 'ApiErrorBody' },
  },
  logout: {
    method: 'post',
    summary: "Sign out: revoke the refresh token's session family (204 also for an unknown token)",
    body: 'RefreshRequest',
    responses: { 204: { description: 'signed out', mediaType: 'application/json' }, 400: 'ApiErrorBody' },
  },
} satisfies Record<keyof typeof authRoutes, Operation>;

const referenceOperations = {
  reference: {
    summary:
      'A reference pack (tariff, rates, taxes or codes): the current version, or `version` for a past one; ' +
      'strong ETag, 304 on If-None-Match, gzip when accepted, the version in the reference-version header',
    bearer: true,
    path: ReferenceParams,
    query: ReferenceQuery,
    responses: {
      200: { description: 'ReferencePack (shared/api/reference-v1.ts)', mediaType: 'application/json' },
      304: { description: 'not modified', mediaType: 'application/json' },
      ...authErrors,
      404: 'ApiErrorBody',
    },
  },
  manifest: {
    summary: 'The current version of every reference kind for a jurisdiction, without the bodies',
    bearer: true,
    query: ReferenceQuery.pick({ jurisdiction: true }),
    responses: {
      200: 'ReferenceManifest',
      ...authErrors,
      400: 'ApiErrorBody',
    },
  },
} satisfies Record<keyof typeof referenceRoutes, Operation>;

const operations = {
  health: {
    summary: 'Liveness, database engine and schema version',
    responses: { 200: 'HealthResponse', 500: 'ApiErrorBody' },
  },
  openapi: { summary: 'This document', responses: { 200: null } },
  posts: {
    summary: "The signed-in officer's own post with its officers (one entry; no other post)",
    bearer: true,
    responses: { 200: 'PostsResponse', 401: 'ApiErrorBody', 500: 'ApiErrorBody' },
  },
  snapshot: {
    summary:
      "A page of the officer's own post's declarations at a watermark; page with nextPageToken " +
      'until null. Another post is 403 FORBIDDEN',
    bearer: true,
    query: SnapshotQuery,
    responses: {
      200: 'SnapshotPage',
      400: 'ApiErrorBody',
      ...authErrors,
      404: 'ApiErrorBody',
      500: 'ApiErrorBody',
    },
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

function parameters(query: z.ZodObject, where: 'query' | 'path'): JsonObject[] {
  return Object.entries(query.shape).map(([name, schema]) => ({
    name,
    in: where,
    // A field that accepts nothing (optional or defaulted) is not required.
    required: !schema.safeParse(undefined).success,
    schema: embedded(z.toJSONSchema(schema, { io: 'input' })),
  }));
}

function responseObject(response: Operation['responses'][number]): JsonObject {
  if (response !== null && typeof response === 'object') {
    return { description: response.description, content: { [response.mediaType]: {} } };
  }
  return {
    description: response ?? 'OpenAPI document',
    content: { 'application/json': { schema: response === null ? { type: 'object' } : ref(response) } },
  };
}

function operationObject(operation: Operation): JsonObject {
  const params = [
    ...(operation.path === undefined ? [] : parameters(operation.path, 'path')),
    ...(operation.query === undefined ? [] : parameters(operation.query, 'query')),
  ];
  return {
    summary: operation.summary,
    ...(operation.bearer === true ? { security: [{ bearer: [] }] } : {}),
    ...(params.length === 0 ? {} : { parameters: params }),
    ...(operation.body === undefined
      ? {}
      : {
          requestBody: { required: true, content: { 'application/json': { schema: ref(operation.body) } } },
        }),
    responses: Object.fromEntries(
      Object.entries(operation.responses).map(([status, response]) => [status, responseObject(response)]),
    ),
  };
}

/** `/sync/v1/devices/:deviceId` (fastify) → `/sync/v1/devices/{deviceId}` (OpenAPI). */
export function openApiPath(route: string): string {
  return route.replace(/:([A-Za-z]+)/g, '{$1}');
}

function pathEntries<K extends string>(
  routes: Record<K, string>,
  ops: Record<K, Operation>,
): [string, JsonObject][] {
  return (Object.keys(ops) as K[]).map((key) => {
    const operation = ops[key];
    return [openApiPath(routes[key]), { [operation.method ?? 'get']: operationObject(operation) }];
  });
}

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers parse with. */
export function buildOpenApiDocument(): JsonObject {
  const paths = Object.fromEntries([
    ...pathEntries(apiRoutes, operations),
    ...pathEntries(authRoutes, authOperations),
    ...pathEntries(syncRoutes, syncOperations),
    ...pathEntries(referenceRoutes, referenceOperations),
  ]);
  return {
    openapi: '3.1.0',
    info: { title: 'Border Post central API', version: '1' },
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'accessToken of a Session' },
      },
    },
  };
}
