// Builders for the engine's own tests: a valid declaration and context with only what a test names.
import { Declaration } from '../../domain/declaration';
import { CurrencyCode } from '../../domain/ids';
import type { Jurisdiction } from '../../domain/post';
import type {
  AssessmentContext,
  ExchangeRate,
  ExchangeRateTable,
  Measure,
  MeasureKind,
  TariffLine,
} from '../types';

/** Item fields as plain strings: `Declaration.parse` brands them. */
type ItemInput = {
  hsCode: string;
  originCountry?: string;
  price?: string;
  netMassKg?: string;
  grossMassKg?: string;
  preference?: { agreement: string; proofOfOrigin: string | null } | null;
  dutyRegimeCode?: string;
  quotaOrderNumber?: string;
  nationalCodes?: string[];
  alcoholStrengthPercent?: string;
  engineCapacityCc?: string;
  electricVehicle?: boolean;
  liquorCategory?: string;
  quantity?: string;
  quantityUnit?: string;
  supplementaryQuantities?: Array<{ unit: string; quantity: string }>;
  declaredTaxes?: Array<{ code: string; amount: string | null }>;
};

export type DeclarationInput = {
  jurisdiction?: Jurisdiction;
  acceptanceDate?: string;
  currency?: string;
  incoterm?: Declaration['valuation']['incoterm'];
  freight?: string | null;
  insurance?: string | null;
  adjustments?: Array<{ kind: 'addition' | 'deduction'; code: string; amount: string; currency: string }>;
  personalUse?: boolean;
  exportCountry?: string;
  items: ItemInput[];
};

export function declarationOf(input: DeclarationInput): Declaration {
  const currency = input.currency ?? 'GBP';
  return Declaration.parse({
    id: 'T-1',
    reference: 'TEST',
    postId: 'TEST',
    jurisdiction: input.jurisdiction ?? 'uk',
    direction: 'import',
    typeCode: 'IM',
    status: 'registered',
    lane: null,
    riskScore: 0,
    riskHits: [],
    registeredAt: '2026-01-01T00:00:00Z',
    acceptanceDate: input.acceptanceDate ?? '2026-03-10',
    parties: [{ role: 'importer', name: 'Importer', identifier: 'X', address: '', country: 'GB' }],
    transport: {
      mode: 'sea',
      meansName: '',
      meansId: '',
      placeOfLoading: 'CNSHA',
      placeOfDischarge: 'GBFXT',
      transportDocument: 'BL',
      containers: [],
      arrivalDate: input.acceptanceDate ?? '2026-03-10',
    },
    valuation: {
      invoiceCurrency: currency,
      invoiceTotal: '0',
      incoterm: input.incoterm ?? 'CIF',
      incotermPlace: '',
      freight: input.freight ?? null,
      insurance: input.insurance ?? null,
      ...(input.adjustments ? { adjustments: input.adjustments } : {}),
    },
    items: input.items.map((item, i) => ({
      sequence: i + 1,
      description: 'goods',
      originCountry: 'CN',
      preference: null,
      quantity: item.netMassKg ?? '100',
      quantityUnit: 'KGM',
      netMassKg: '100',
      grossMassKg: '110',
      packages: { count: 1, kindCode: 'PK' },
      price: '1000',
      ...item,
    })),
    documents: [],
    version: 1,
    demo: false,
    ...(input.personalUse !== undefined ? { personalUse: input.personalUse } : {}),
    ...(input.exportCountry !== undefined ? { exportCountry: input.exportCountry } : {}),
  });
}

export const measure = (
  kind: MeasureKind,
  code: string,
  expression: string,
  extra: Partial<Measure> = {},
): Measure => ({
  kind,
  code,
  expression,
  source: 'test',
  ...extra,
});

export function contextOf(
  profile: Jurisdiction,
  lines: TariffLine[],
  extra: Partial<AssessmentContext> = {},
  rates: ExchangeRateTable['rates'] = [],
): AssessmentContext {
  const base = profile === 'kr' ? 'KRW' : 'GBP';
  return {
    profile,
    tariff: { jurisdiction: profile, version: 'test tariff', lines },
    rates: {
      base: CurrencyCode.parse(base),
      periodicity: profile === 'kr' ? 'weekly-sun-sat' : 'monthly',
      version: 'test rates v1',
      label: 'test rates',
      official: false,
      rates,
    },
    ...extra,
  };
}

export const rate = (
  currency: string,
  unitsPerBase: string,
  periodStart: string,
  periodEnd: string,
): ExchangeRate => ({
  currency: CurrencyCode.parse(currency),
  unitsPerBase,
  periodStart,
  periodEnd,
});
