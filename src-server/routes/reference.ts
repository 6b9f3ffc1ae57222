import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import {
  REFERENCE_VERSION_HEADER,
  ReferenceParams,
  ReferenceQuery,
  referenceRoutes,
} from '@shared/api/reference-v1';
import type { Database } from '../db/database';
import { authenticate, type AuthContext } from '../http/authenticate';
import { ApiError } from '../http/errors';
import { parseRequest } from '../http/parse';
import { latestReferenceData, referenceDataAt, referenceManifest } from '../store/reference-data';

/** True when an If-None-Match header (a list, or *) names the current ETag. */
function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => tag.trim() === etag);
}

const ManifestQuery = ReferenceQuery.pick({ jurisdiction: true });

// Packs run to several MB of JSON (the Korean demo rates to 13 MB) and compress about tenfold.
// One compressed copy per ETag: a version's bytes never change, so neither does its gzip.
const GZIP_CACHE_SIZE = 16;
const gzipped = new Map<string, Buffer>();

function gzipOf(etag: string, body: string): Buffer {
  let compressed = gzipped.get(etag);
  if (compressed === undefined) {
    compressed = gzipSync(body);
    gzipped.set(etag, compressed);
    if (gzipped.size > GZIP_CACHE_SIZE) gzipped.delete(gzipped.keys().next().value as string);
  }
  return compressed;
}

const acceptsGzip = (header: string | undefined): boolean =>
  header !== undefined && /(^|,)\s*gzip\s*(;\s*q=(?!0(\.0*)?\s*($|,))[\d.]+)?\s*($|,)/i.test(header);

export function registerReferenceRoute(app: FastifyInstance, db: Database, auth: AuthContext): void {
  app.get(referenceRoutes.manifest, async (request, reply) => {
    authenticate(request, auth);
    const { jurisdiction } = parseRequest(ManifestQuery, request.query, 'query');
    reply.header('cache-control', 'private, no-cache');
    return referenceManifest(db, jurisdiction);
  });

  app.get(referenceRoutes.reference, async (request, reply) => {
    authenticate(request, auth);
    const { kind } = parseRequest(ReferenceParams, request.params, 'path');
    const { jurisdiction, version } = parseRequest(ReferenceQuery, request.query, 'query');
    const document =
      version === undefined
        ? await latestReferenceData(db, kind, jurisdiction)
        : await referenceDataAt(db, kind, jurisdiction, version);
    if (document === null)
      throw new ApiError(
        404,
        'NOT_FOUND',
        version === undefined
          ? `no ${kind} is published for ${jurisdiction}`
          : `${kind} version ${version} was never published for ${jurisdiction}`,
      );
    reply.header('etag', document.etag).header(REFERENCE_VERSION_HEADER, String(document.version));
    // Private: the document is served only to signed-in officers. A past version never changes.
    reply.header(
      'cache-control',
      version === undefined ? 'private, no-cache' : 'private, max-age=31536000, immutable',
    );
    if (matches(request.headers['if-none-match'], document.etag)) return reply.code(304).send();
    reply.type('application/json; charset=utf-8').header('vary', 'accept-encoding');
    if (!acceptsGzip(request.headers['accept-encoding'])) return reply.send(document.body);
    return reply.header('content-encoding', 'gzip').send(gzipOf(document.etag, document.body));
  });
}
