import { z } from 'zod';

/**
 * Tax kinds across profiles; a profile lists the ones it levies, in order. Declared here, not in
 * shared/tariff, because decisions carry assessed amounts per kind (a reassessment), and the
 * domain does not depend on the engine.
 */
export const TaxKind = z.enum([
  'customs-duty',
  'additional-duty',
  'excise',
  'individual-consumption',
  'liquor',
  'education',
  'rural-development',
  'traffic-energy-environment',
  'vat',
]);
export type TaxKind = z.infer<typeof TaxKind>;
