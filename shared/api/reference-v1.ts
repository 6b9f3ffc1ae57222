import { z } from 'zod';
import { IsoDate, IsoDateTime, MAX_INT32, storableText } from '../domain/ids';
import { Jurisdiction } from '../domain/post';
import { ExchangeRateTableSchema, NationalTaxRateSchema, TariffScheduleSchema } from '../tariff/schema';

// Versioned reference data (tariff, exchange rates, national tax rates, code lists) served with a
// strong ETag: the client sends If-None-Match and gets 304 while its copy is current, downloads a
// new version completely, stores it and only then switches to it (issue 9).

export const referenceRoutes = {
  reference: '/sync/v1/reference/:kind',
  /** The current version of every kind for a jurisdiction: what a device compares with its own. */
  manifest: '/sync/v1/reference',
} as const;

export const ReferenceKind = z.enum(['tariff', 'rates', 'taxes', 'codes']);
export type ReferenceKind = z.infer<typeof ReferenceKind>;

export const ReferenceParams = z.object({ kind: ReferenceKind });
export const ReferenceQuery = z.object({
  jurisdiction: Jurisdiction,
  /** A past version, for a server or device that must reproduce an assessment made with it. */
  version: z.coerce.number().int().min(1).max(MAX_INT32).optional(),
});
export type ReferenceQuery = z.infer<typeof ReferenceQuery>;

/** Response header carrying the published version of the document in the body. */
export const REFERENCE_VERSION_HEADER = 'reference-version';

/** A published version number of one kind for one jurisdiction: 1, 2, 3… */
export const ReferenceVersion = z.number().int().min(1).max(MAX_INT32);
export type ReferenceVersion = z.infer<typeof ReferenceVersion>;

/** What every pack says about itself, whatever its kind. */
const PackHeader = {
  jurisdiction: Jurisdiction,
  /** The label shown to officers and recorded in every assessment ("UKGT 2021-01-01 …"). */
  label: storableText(200),
  /** When the source data was published or imported, shown as the pack's age on the status bar. */
  publishedAt: IsoDateTime,
  /** The source files and their provenance, one line each. */
  sources: z.array(storableText(300)).max(50),
  /** Demo data that is not the authority's (e.g. KRW rates derived from HMRC): shown as such. */
  demo: z.boolean(),
};

/** The tariff schedule exactly as the engine reads it (`TariffSchedule`). */
export const TariffPack = z.object({
  kind: z.literal('tariff'),
  ...PackHeader,
  schedule: TariffScheduleSchema,
});
export type TariffPack = z.infer<typeof TariffPack>;

/** The exchange-rate table and the acceptance dates it covers: outside them nothing is assessed. */
export const RatesPack = z.object({
  kind: z.literal('rates'),
  ...PackHeader,
  covers: z.object({ from: IsoDate, to: IsoDate }),
  table: ExchangeRateTableSchema,
});
export type RatesPack = z.infer<typeof RatesPack>;

/** National (internal) tax rates: excise, VAT and Korea's internal taxes, as `AssessmentContext.nationalTaxRates`. */
export const TaxesPack = z.object({
  kind: z.literal('taxes'),
  ...PackHeader,
  rates: z.array(NationalTaxRateSchema),
});
export type TaxesPack = z.infer<typeof TaxesPack>;

/** One code of a code list, named in English and, where the jurisdiction has one, its own language. */
export const CodeEntry = z.object({
  code: storableText(40).pipe(z.string().min(1)),
  en: storableText(300),
  local: storableText(300).optional(),
});
export type CodeEntry = z.infer<typeof CodeEntry>;

/** The code lists the officer's screens offer: never free text where the jurisdiction has a list. */
export const CodesPack = z.object({
  kind: z.literal('codes'),
  ...PackHeader,
  /** Decision reason codes by decision kind (release, hold, inspect, reassess, refer, reject). */
  reasons: z.record(z.string(), z.array(CodeEntry)),
  documents: z.array(CodeEntry),
  countries: z.array(CodeEntry),
  units: z.array(CodeEntry),
  lanes: z.array(CodeEntry),
  /** Further lists a screen may need (package kinds, currencies…), by name. */
  other: z.record(z.string(), z.array(CodeEntry)).optional(),
});
export type CodesPack = z.infer<typeof CodesPack>;

export const ReferencePack = z.discriminatedUnion('kind', [TariffPack, RatesPack, TaxesPack, CodesPack]);
export type ReferencePack = z.infer<typeof ReferencePack>;
export type PackOf<K extends ReferenceKind> = Extract<ReferencePack, { kind: K }>;

/** GET /sync/v1/reference?jurisdiction=kr: what is published now, without the bodies. */
export const ReferenceManifest = z.object({
  jurisdiction: Jurisdiction,
  packs: z.array(
    z.object({
      kind: ReferenceKind,
      version: ReferenceVersion,
      etag: z.string().min(1),
      label: storableText(200),
      publishedAt: IsoDateTime,
      /** Bytes of the body, for the download's progress where no Content-Length is sent. */
      bytes: z.number().int().min(0),
    }),
  ),
});
export type ReferenceManifest = z.infer<typeof ReferenceManifest>;
