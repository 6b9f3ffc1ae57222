// Reference data on the device (issue 9): what the rest of the renderer may use.
export {
  deviceReferenceDb,
  openReferenceDb,
  REFERENCE_DB_NAME,
  type CurrentPack,
  type ReferenceDb,
  type StoredPack,
} from './reference-db';
export {
  readCurrentPack,
  readCurrentPacks,
  readCurrentVersions,
  REFERENCE_KINDS,
  type CurrentPacks,
  type PackInUse,
} from './current-packs';
export {
  createReferenceSync,
  showPacksInUse,
  type ReferenceSync,
  type ReferenceSyncOutcome,
} from './reference-sync';
export type { ReferenceTransport } from './download';
export { workerInstaller } from './worker-installer';
