import { tableOf } from '../../tariff/lookup';

/**
 * DE 4/9 additions and deductions: whether a ChargesTypeCode adds to or deducts from the item price.
 *
 * The code list puts additions in the A series and deductions in the B series. Sources:
 * - Union codes AB–AN and BA–BH: Delegated Regulation (EU) 2015/2446, Annex B, DE 4/9 (12 03 in the
 *   2024 renumbering), which the UK CDS list kept.
 * - AK insurance costs: HMRC customer forum, "insurance costs on an import declaration" (June 2023):
 *   "The code for insurance costs in CDS is AK", with AP–AQ for transport costs; also the HMRC sample
 *   TT_IM004a ("AK representing Insurance costs").
 * - AR air transport costs: HMRC sample TT_IM048a ("AR representing Air transport costs. 1000 GBP to
 *   be added"); CDS error 12112 requires an airfreight code in DE 4/9 when DE 5/21 is an airport.
 * - AS: used as an item-level ChargesTypeCode in HMRC's own declaration tests (A series); its
 *   description is not confirmed here.
 * - BC import duties: HMRC sample TT_IM004a ("BC representing Import duties or other charges payable").
 *
 * Note: TT_IM004a's comment says its AK 50 GBP is "to be deducted"; the XML carries no sign and the
 * code list makes AK an addition, so this importer follows the code list.
 */
export const CHARGE_CODES: ReadonlyMap<string, { kind: 'addition' | 'deduction'; description: string }> =
  tableOf({
    AB: { kind: 'addition', description: 'Commissions and brokerage, except buying commissions' },
    AD: { kind: 'addition', description: 'Containers and packing' },
    AE: { kind: 'addition', description: 'Materials, components, parts incorporated in the goods' },
    AF: { kind: 'addition', description: 'Tools, dies, moulds used in producing the goods' },
    AG: { kind: 'addition', description: 'Materials consumed in producing the goods' },
    AH: { kind: 'addition', description: 'Engineering, development, artwork, design work done abroad' },
    AI: { kind: 'addition', description: 'Royalties and licence fees' },
    AJ: { kind: 'addition', description: 'Proceeds of subsequent resale accruing to the seller' },
    AK: { kind: 'addition', description: 'Insurance costs' },
    AL: { kind: 'addition', description: 'Indirect payments and other payments' },
    AN: { kind: 'addition', description: 'Additions based on a valuation decision' },
    AP: { kind: 'addition', description: 'Transport costs' },
    AQ: { kind: 'addition', description: 'Transport costs' },
    AR: { kind: 'addition', description: 'Air transport costs' },
    AS: { kind: 'addition', description: 'Addition (A series; description not confirmed)' },
    BA: { kind: 'deduction', description: 'Transport costs after arrival at the place of introduction' },
    BB: { kind: 'deduction', description: 'Construction, erection, assembly, maintenance after importation' },
    BC: { kind: 'deduction', description: 'Import duties or other charges payable by reason of importation' },
    BD: { kind: 'deduction', description: 'Interest charges' },
    BE: { kind: 'deduction', description: 'Charges for the right to reproduce the goods' },
    BF: { kind: 'deduction', description: 'Buying commissions' },
    BH: { kind: 'deduction', description: 'Deductions based on a valuation decision' },
  });
