import type { CodeEntry } from '@shared/api/reference-v1';
import type { Jurisdiction } from '@shared/domain/post';

// The supporting-document codes Border Post's declarations carry: the ones the demo data
// (src-server/seed) and the UK CDS samples in assets/data/declarations use, named as the
// jurisdiction's lists name them. Korea uses UN/EDIFACT 1001 document name codes; the UK uses
// the CDS document codes of Data Element 2/3 (Appendix 5A of the CDS tariff). Codes whose
// published name we do not hold are left out rather than guessed.

export const DOCUMENT_CODES: Record<Jurisdiction, CodeEntry[]> = {
  kr: [
    { code: '271', en: 'Packing list', local: '포장명세서' },
    { code: '380', en: 'Commercial invoice', local: '상업송장' },
    { code: '705', en: 'Bill of lading', local: '선하증권' },
    { code: '740', en: 'Air waybill', local: '항공화물운송장' },
    { code: '851', en: 'Phytosanitary certificate', local: '식물검역증명서' },
    { code: '852', en: 'Health (sanitary) certificate', local: '위생증명서' },
    { code: '861', en: 'Certificate of origin', local: '원산지증명서' },
  ],
  uk: [
    { code: 'C501', en: 'AEOC: Authorised Economic Operator, customs simplifications' },
    { code: 'C505', en: 'CGU: authorisation for the provision of a comprehensive guarantee' },
    { code: 'C506', en: 'DPO: authorisation for the deferment of payment' },
    { code: 'C512', en: 'SDE: authorisation to use the simplified declaration' },
    { code: 'N271', en: 'Packing list' },
    { code: 'N730', en: 'Road consignment note (CMR)' },
    { code: 'N935', en: 'Invoice on the basis of which the customs value is declared' },
    { code: 'U110', en: 'Statement on origin (preference claim)' },
  ],
};
