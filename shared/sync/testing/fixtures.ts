import { Declaration } from '../../domain/declaration';
import type { DeclarationStatus } from '../../domain/declaration';
import type { DecisionEntry } from '../../api/decision-history';
import { DecisionId, DeviceId } from '../../domain/decision';
import { DeclarationId, OfficerId } from '../../domain/ids';

// Builders for the sync tests: a valid declaration with only what the sync core cares about varied.

export const POST_ID = 'ICN-01';
export const THIS_DEVICE = DeviceId.parse('device-this-01');
export const OTHER_DEVICE = DeviceId.parse('device-other-02');
export const OFFICER = OfficerId.parse('officer-kim');
export const OTHER_OFFICER = OfficerId.parse('officer-lee');
/** Takes turns with OFFICER on this device (a shared workstation). */
export const SHIFT_OFFICER = OfficerId.parse('officer-park');

const template = Declaration.parse({
  id: 'D-template',
  reference: '12345-26-000001M',
  postId: POST_ID,
  jurisdiction: 'kr',
  direction: 'import',
  typeCode: 'A',
  status: 'selected',
  lane: 'YELLOW',
  riskScore: 10,
  riskHits: [],
  registeredAt: '2026-01-05T09:00:00+09:00',
  acceptanceDate: '2026-01-05',
  parties: [
    { role: 'importer', name: 'Hana Trading', identifier: 'HANA1234567', address: 'Incheon', country: 'KR' },
  ],
  transport: {
    mode: 'sea',
    meansName: 'HMM Oslo',
    meansId: '9863302',
    placeOfLoading: 'VNSGN',
    placeOfDischarge: 'KRINC',
    transportDocument: 'HMMU1234567',
    containers: [],
    arrivalDate: '2026-01-04',
  },
  valuation: {
    invoiceCurrency: 'USD',
    invoiceTotal: '1000.00',
    incoterm: 'CIF',
    incotermPlace: 'Incheon',
    freight: null,
    insurance: null,
  },
  items: [
    {
      sequence: 1,
      hsCode: '0803901000',
      description: 'Bananas, fresh',
      originCountry: 'VN',
      preference: null,
      quantity: '1000',
      quantityUnit: 'KGM',
      netMassKg: '1000',
      grossMassKg: '1100',
      packages: { count: 100, kindCode: 'CT' },
      price: '1000.00',
    },
  ],
  documents: [{ code: 'N935', reference: 'INV-1', description: 'Commercial invoice' }],
  version: 1,
  demo: true,
});

export function declaration(id: string, status: DeclarationStatus = 'selected', version = 1): Declaration {
  return { ...template, id: DeclarationId.parse(id), reference: `12345-26-${id}`, status, version };
}

/** One applied decision of a declaration's history, as the change feed carries it (issue 9). */
export function historyEntry(declarationId: string, decision: number, version: number): DecisionEntry {
  return {
    decisionId: DecisionId.parse(`01900000-0000-7000-8000-${decision.toString(16).padStart(12, '0')}`),
    declarationId: DeclarationId.parse(declarationId),
    kind: 'hold',
    officerId: OFFICER,
    reasonCode: null,
    note: '',
    recordedAt: '2026-01-05T00:00:00.000Z',
    declarationVersion: version,
    outcome: 'APPLIED',
    official: null,
  };
}
