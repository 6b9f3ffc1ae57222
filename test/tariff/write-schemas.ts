// Regenerates the JSON Schemas of the project file formats from their zod schemas:
//   npx tsx test/tariff/write-schemas.ts
// (docs/declaration.schema.json and docs/national-tax-rates.schema.json). The tests in
// schemas.test.ts fail when a file drifts from its schema.
import { writeFileSync } from 'node:fs';
import { renderDeclarationJsonSchema } from '../../shared/declarations';
import { renderNationalTaxRatesJsonSchema } from '../../shared/tariff/national-rates/schema';

writeFileSync(new URL('../../docs/declaration.schema.json', import.meta.url), renderDeclarationJsonSchema());
writeFileSync(
  new URL('../../docs/national-tax-rates.schema.json', import.meta.url),
  renderNationalTaxRatesJsonSchema(),
);
