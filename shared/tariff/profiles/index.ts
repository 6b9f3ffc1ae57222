import type { Jurisdiction } from '../../domain/post';
import { krProfile } from './kr';
import type { JurisdictionProfile } from './types';
import { ukProfile } from './uk';

export type {
  DeMinimis,
  JurisdictionProfile,
  LiabilityRule,
  MinimumCollection,
  RoundingRule,
  TaxBase,
  TaxDefinition,
} from './types';
export { krProfile } from './kr';
export { ukProfile } from './uk';
export { roundByRule } from './rounding';

const profiles: Record<Jurisdiction, JurisdictionProfile> = { kr: krProfile, uk: ukProfile };

export const profileFor = (jurisdiction: Jurisdiction): JurisdictionProfile => profiles[jurisdiction];
