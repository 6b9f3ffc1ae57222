// Which costs an Incoterms® 2020 price already contains. Korea (Customs Act art. 30(1)(6)) and the
// UK (Customs (Import Duty) Regulations 2018, sch. 4 para 9; HMRC Notice 252) both value goods CIF
// at the place of import: freight and insurance to the border are part of the customs value, costs
// after importation are not.
import type { Incoterm } from '../../domain/declaration';
import { assertNever } from '../../util/assert-never';

export type IncotermCosts = {
  group: 'E' | 'F' | 'C' | 'D';
  /** Main carriage to the place of import is already in the price. */
  freightInPrice: boolean;
  /** Insurance to the place of import is already in the price. */
  insuranceInPrice: boolean;
  /** Costs after arrival (inland transport, and for DDP duties) are in the price: they must be deducted when declared. */
  costsAfterImportInPrice: boolean;
};

export function incotermCosts(term: Incoterm): IncotermCosts {
  switch (term) {
    case 'EXW':
      return { group: 'E', freightInPrice: false, insuranceInPrice: false, costsAfterImportInPrice: false };
    case 'FCA':
    case 'FAS':
    case 'FOB':
      return { group: 'F', freightInPrice: false, insuranceInPrice: false, costsAfterImportInPrice: false };
    // CFR/CPT: the seller pays carriage to the destination but not insurance.
    case 'CFR':
    case 'CPT':
      return { group: 'C', freightInPrice: true, insuranceInPrice: false, costsAfterImportInPrice: false };
    case 'CIF':
    case 'CIP':
      return { group: 'C', freightInPrice: true, insuranceInPrice: true, costsAfterImportInPrice: false };
    // D terms deliver beyond the border: the price covers freight and risk to the border and beyond.
    case 'DAP':
    case 'DPU':
    case 'DDP':
      return { group: 'D', freightInPrice: true, insuranceInPrice: true, costsAfterImportInPrice: true };
    default:
      return assertNever(term, 'incoterm');
  }
}
