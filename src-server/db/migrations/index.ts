import { sql as init } from './0001_init';
import { sql as sync } from './0002_sync';
import { sql as deviceProcessedCount } from './0003_device_processed_count';
import { sql as progressPerOfficer } from './0004_progress_per_officer';
import { sql as referencePacks } from './0005_reference_packs';
import { sql as officialAssessments } from './0006_official_assessments';
import { sql as administratorRole } from './0007_administrator_role';

export type Migration = { version: number; name: string; sql: string };

/**
 * Every schema change ever made, in order. Append only: a shipped migration is never edited,
 * because databases in the field have already run it. SQL lives in .ts files so it bundles.
 */
export const migrations: readonly Migration[] = [
  { version: 1, name: 'init', sql: init },
  { version: 2, name: 'sync', sql: sync },
  { version: 3, name: 'device processed count', sql: deviceProcessedCount },
  { version: 4, name: 'progress per officer', sql: progressPerOfficer },
  { version: 5, name: 'reference packs', sql: referencePacks },
  { version: 6, name: 'official assessments', sql: officialAssessments },
  { version: 7, name: 'administrator role', sql: administratorRole },
];
