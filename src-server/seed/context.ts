import type { Catalogue } from './catalogue';
import type { TraderPools } from './parties';
import type { KrLine } from './reference';

/** Everything built once per `generateDemoData` call and shared by every declaration. */
export type GeneratorContext = {
  seed: number;
  catalogue: Catalogue;
  pools: TraderPools;
  quotaCache: Map<string, readonly KrLine[]>;
  /** The month ("2026-09") UK declarations are accepted in: the latest one HMRC rates cover. */
  ukMonth: string;
};

/** The demo's fixed "today": Korean declarations are accepted in the month up to this date. */
export const DEMO_TODAY = '2026-11-27';
export const KR_MONTH_START = '2026-11-01';
