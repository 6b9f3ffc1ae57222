export type { Database, DatabaseKind, Queryable } from './database';
export { migrate, readSchemaVersion, SchemaTooNewError } from './migrate';
export { migrations, type Migration } from './migrations/index';
export { openDatabase, type OpenDatabaseOptions } from './open';
