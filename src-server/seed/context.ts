import type { Catalogue } from './catalogue';
import type { TraderPools } from './parties';
import type { Payable } from './payment';
import type { KrLine } from './reference';

/** Everything built once per `generateDemoData` call and shared by every declaration. */
export type GeneratorContext = {
  seed: number;
  catalogue: Catalogue;
  pools: TraderPools;
  quotaCache: Map<string, readonly KrLine[]>;
  /**
   * The month ("2026-09") every demo declaration is accepted in: the latest one the HMRC rates
   * cover, so that both jurisdictions assess (Korea's demo won rates are derived from them, and
   * the reference pack states the same coverage).
   */
  month: string;
  /** What a declaration's duty and taxes come to, for its payment state. */
  payable: Payable;
};
