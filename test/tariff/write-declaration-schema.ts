// Regenerates docs/declaration.schema.json from the zod schema: npx tsx test/tariff/write-declaration-schema.ts
// (then npx prettier --write docs/declaration.schema.json). The test beside it fails when they drift.
import { writeFileSync } from 'node:fs';
import { renderDeclarationJsonSchema } from '../../shared/declarations';

export const SCHEMA_PATH = new URL('../../docs/declaration.schema.json', import.meta.url);

writeFileSync(SCHEMA_PATH, renderDeclarationJsonSchema());
