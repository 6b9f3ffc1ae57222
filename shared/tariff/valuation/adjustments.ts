// Valuation additions and deductions (WCO DE 4/9). Additions are costs borne by the buyer and not in
// the price (WTO Valuation Agreement art. 8: commissions, royalties, transport and insurance to the
// place of import); deductions are costs in the price that are not part of the customs value
// (art. 8(2) and Interpretative Note to art. 1: transport after importation, import duties and taxes).
import type { ValuationAdjustment } from '../../domain/declaration';
import { tableOf } from '../lookup';

const labels: ReadonlyMap<string, string> = tableOf({
  AB: 'commissions and brokerage',
  AK: 'insurance',
  AR: 'air transport costs',
  AS: 'sea transport costs',
  BC: 'duties and costs after importation',
});

export const adjustmentLabel = (code: string): string => labels.get(code) ?? `DE 4/9 ${code}`;

/** Transport-to-the-border codes: when declared, the header freight is not added a second time. */
export const isTransportAddition = (a: ValuationAdjustment): boolean =>
  a.kind === 'addition' && (a.code === 'AR' || a.code === 'AS');

export const isInsuranceAddition = (a: ValuationAdjustment): boolean =>
  a.kind === 'addition' && a.code === 'AK';
