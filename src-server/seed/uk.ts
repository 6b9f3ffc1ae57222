import type { Declaration, PreferenceClaim, SupportingDocument } from '@shared/domain';
import { chooseOutcome, demoDeclarationId, pickDistinct } from './common';
import type { GeneratorContext } from './context';
import { acceptanceDateIn, addDays, instantOn, londonOffset } from './dates';
import { ukMrn } from './identifiers';
import type { ItemSpec } from './items';
import { buildItem, itemCount } from './items';
import { asParty, exporterFrom } from './parties';
import type { Random } from './random';
import { assessRisk, isPending, isSensitiveOrigin } from './risk';
import { POST_IDS } from './tables/posts';
import { DOVER } from './tables/ports';
import { UK_TRADES } from './tables/uk-trades';
import { carriage } from './transport';
import { buildValuation, chooseIncoterm } from './valuation';

/** Invoice currencies at Dover; every one must have an HMRC rate in the UK demo month. */
export const UK_CURRENCIES = [
  ['EUR', 60],
  ['USD', 18],
  ['GBP', 15],
  ['PLN', 4],
  ['SEK', 3],
] as const;

/** Origins with a UK trade agreement in force (EU TCA, Turkey, Morocco, Switzerland). */
const UK_PREFERENCE_ORIGINS = new Set([
  'FR',
  'NL',
  'BE',
  'DE',
  'ES',
  'IT',
  'PT',
  'PL',
  'CZ',
  'SK',
  'LT',
  'SE',
  'TR',
  'MA',
  'CH',
]);

/** Goods that reach Dover by lorry are loaded in the EU even when they originate further away. */
function loadingCountry(random: Random, origin: string): string {
  return ['CN', 'TR', 'MA'].includes(origin) ? random.pick(['NL', 'BE', 'ES']) : origin;
}

/** The latest month for which HMRC published a rate for every Dover invoice currency. */
export function latestCoveredMonth(byMonth: ReadonlyMap<string, ReadonlySet<string>>): string {
  const months = [...byMonth.keys()].sort().reverse();
  const needed = UK_CURRENCIES.map(([code]) => code).filter((code) => code !== 'GBP');
  const month = months.find((m) => needed.every((code) => byMonth.get(m)?.has(code) === true));
  if (month === undefined) throw new Error(`no HMRC month has rates for ${needed.join(', ')}`);
  return month;
}

function ddmmyyyy(date: string): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

/** One UK import declaration (CDS, H1) lodged for a lorry arriving at Dover. */
export function ukDeclaration(ctx: GeneratorContext, random: Random, index: number): Declaration {
  const outcome = chooseOutcome(random);
  const acceptanceDate = acceptanceDateIn(random, ctx.month, isPending(outcome.status));

  const trade = random.weighted(UK_TRADES);
  const origin = random.weighted(trade.origins);
  const invoiceNumber = `${random.int(10000, 99999)}/${ddmmyyyy(addDays(acceptanceDate, -random.int(1, 10)))}`;
  const preference: PreferenceClaim | null =
    UK_PREFERENCE_ORIGINS.has(origin) && random.chance(0.6)
      ? { agreement: '300', proofOfOrigin: `Statement on origin, invoice ${invoiceNumber}` }
      : null;
  const lines = ctx.catalogue.ukByTrade.get(trade.id) ?? [];
  const specs: ItemSpec[] = pickDistinct(random, lines, itemCount(random)).map((line) => ({
    hsCode: line.code,
    description: line.description,
    unit: 'KGM',
    origin,
    preference,
    usdPerKg: trade.usdPerKg,
    undervalued: outcome.undervalued,
  }));
  const currency = random.weighted(UK_CURRENCIES);
  const items = specs.map((spec, i) => buildItem(random, spec, i + 1, 'road', currency));
  const grossKg = items.reduce((sum, item) => sum + Number(item.grossMassKg), 0);
  const { transport, carrier } = carriage(random, 'road', {
    loadingCountry: loadingCountry(random, origin),
    discharge: DOVER,
    arrivalDate: acceptanceDate,
    grossKg,
  });
  const valuation = buildValuation(random, {
    items,
    currency,
    incoterm: chooseIncoterm(random, 'road'),
    mode: 'road',
    containers: 0,
    placeOfLoading: transport.placeOfLoading,
    placeOfDischarge: transport.placeOfDischarge,
  });

  const agent = random.pick(ctx.pools.ukAgents);
  const importer = random.pick(ctx.pools.ukImporters);
  const exporter = exporterFrom(ctx.pools, random, origin);
  const { riskHits, riskScore } = assessRisk(random, outcome.lane, {
    preferenceClaimed: preference !== null,
    quotaGoods: false,
    undervalued: outcome.undervalued,
    newImporter: importer.isNew,
    misclassificationHistory: importer.misclassificationHistory,
    sensitiveOrigin: items.some((item) => isSensitiveOrigin(item.hsCode, item.originCountry)),
  });

  const documents: SupportingDocument[] = [
    {
      code: 'N935',
      reference: invoiceNumber,
      description: 'Invoice on the basis of which the customs value is declared',
    },
    { code: 'N271', reference: `PL-${random.digits(6)}`, description: 'Packing list' },
    { code: 'N730', reference: transport.transportDocument, description: 'Road consignment note (CMR)' },
  ];
  if (preference !== null) {
    documents.push({
      code: 'U110',
      reference: invoiceNumber,
      description: 'Statement on origin (preference claim)',
    });
  }

  return {
    id: demoDeclarationId(ctx.seed, index),
    reference: ukMrn(2026, index + 1),
    postId: POST_IDS.dover,
    jurisdiction: 'uk',
    direction: 'import',
    typeCode: random.weighted([
      ['IMA', 85],
      ['IMD', 15],
    ]),
    status: outcome.status,
    lane: outcome.lane,
    riskScore,
    riskHits,
    registeredAt: instantOn(random, acceptanceDate, londonOffset(acceptanceDate)),
    acceptanceDate,
    parties: [
      asParty('declarant', agent),
      asParty('importer', importer),
      asParty('exporter', exporter),
      asParty('carrier', carrier),
    ],
    transport,
    valuation,
    items,
    documents,
    version: outcome.version,
    demo: true,
  };
}
