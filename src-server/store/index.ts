export { decodePageToken, encodePageToken, type PageToken } from './page-token';
export { listPostsWithOfficers, postExists } from './posts';
export { hasAnyPost, insertSeedData, SEED_BATCH_SIZE, type SeedCounts } from './seed';
export { snapshotPage, type SnapshotError } from './snapshot';
export { deleteDemoData } from './demo-reset';
