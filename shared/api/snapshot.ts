import { z } from 'zod';
import { Declaration } from '../domain/declaration';
import { PostId } from '../domain/ids';
import { DecisionEntry } from './decision-history';

export const SNAPSHOT_PAGE_MAX = 1000;
export const SNAPSHOT_PAGE_DEFAULT = 500;

/**
 * GET /sync/v1/snapshot: a paged snapshot of a post's declarations, taken at a watermark.
 * The client pages with `pageToken` until `nextPageToken` is null, then pulls deltas from
 * `watermark` (issue 4). Tokens are opaque to the client.
 */
export const SnapshotQuery = z.object({
  postId: PostId,
  pageToken: z.string().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(SNAPSHOT_PAGE_MAX).default(SNAPSHOT_PAGE_DEFAULT),
});
export type SnapshotQuery = z.infer<typeof SnapshotQuery>;

export const SnapshotPage = z.object({
  postId: PostId,
  /** Opaque change-log position the snapshot is consistent with. */
  watermark: z.string().min(1),
  /** Number of declarations in the whole snapshot, for progress display. */
  total: z.number().int().min(0),
  declarations: z.array(Declaration),
  /** The decisions applied to this page's declarations, oldest first (issue 9); absent from older servers. */
  history: z.array(DecisionEntry).optional(),
  nextPageToken: z.string().min(1).nullable(),
});
export type SnapshotPage = z.infer<typeof SnapshotPage>;
