import { z } from 'zod';
import { Jurisdiction } from '../domain/post';

// Versioned reference data (tariff, exchange rates) served with a strong ETag: the client sends
// If-None-Match and gets 304 while its copy is current, then swaps a new one in atomically.

export const referenceRoutes = { reference: '/sync/v1/reference/:kind' } as const;

export const ReferenceKind = z.enum(['tariff', 'rates']);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const ReferenceParams = z.object({ kind: ReferenceKind });
export const ReferenceQuery = z.object({ jurisdiction: Jurisdiction });
export type ReferenceQuery = z.infer<typeof ReferenceQuery>;

/** Response header carrying the published version of the document in the body. */
export const REFERENCE_VERSION_HEADER = 'reference-version';
