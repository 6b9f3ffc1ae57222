import type { Declaration, PostId, PreferenceClaim, SupportingDocument, TransportMode } from '@shared/domain';
import { PostId as PostIdSchema } from '@shared/domain';
import { quotaLinesOn } from './catalogue';
import type { Outcome } from './common';
import { chooseOutcome, demoDeclarationId, pickDistinct } from './common';
import type { GeneratorContext } from './context';
import { acceptanceDateIn, addDays, instantOn } from './dates';
import { koreanDeclarationNumber } from './identifiers';
import type { ItemSpec } from './items';
import { buildItem, itemCount, krDescription, krItemUnit } from './items';
import { withKrTaxAttributes } from './kr-tax-attributes';
import { asParty, exporterFrom } from './parties';
import type { Random } from './random';
import type { KrLine } from './reference';
import { assessRisk, isPending, isSensitiveOrigin } from './risk';
import { POST_IDS } from './tables/posts';
import { BUSAN, INCHEON } from './tables/ports';
import { KR_TRADES } from './tables/kr-trades';
import { QUOTA_ORIGINS, VN_FOOD_GROUPS } from './tables/trades';
import { carriage } from './transport';
import { buildValuation, chooseIncoterm } from './valuation';

type Goods = { specs: ItemSpec[]; quota: boolean; origin: string; exporterTrade?: string };

/** Korean imports from Viet Nam of fish, fruit, honey and prepared seafood under the VKFTA. */
function vietnamFood(ctx: GeneratorContext, random: Random, outcome: Outcome): Goods {
  const groupIndex = random.weighted(VN_FOOD_GROUPS.map(([, weight], i) => [i, weight] as const));
  const group = VN_FOOD_GROUPS[groupIndex]?.[0];
  const lines = ctx.catalogue.vnFood[groupIndex] ?? [];
  if (group === undefined) throw new Error('no Viet Nam food group');
  // One certificate of origin covers the consignment: the claim is per declaration.
  const preference: PreferenceClaim | null = random.chance(0.95)
    ? { agreement: 'FVN1', proofOfOrigin: `VN-KR 26/${random.digits(2)}/${random.digits(5)}` }
    : null;
  const specs = pickDistinct(random, lines, Math.min(itemCount(random), 6)).map((line) =>
    krSpec(line, 'VN', preference, group.usdPerKg, outcome.undervalued),
  );
  const exporterTrade =
    group.prefixes[0] === '08' ? 'Agricultural' : group.prefixes[0] === '0409' ? 'Honey' : 'Seafood';
  return { specs, quota: false, origin: 'VN', exporterTrade };
}

function quotaGoods(ctx: GeneratorContext, random: Random, outcome: Outcome, date: string): Goods | null {
  const lines = quotaLinesOn(ctx.catalogue, date, ctx.quotaCache);
  if (lines.length === 0) return null;
  const origin = random.weighted(QUOTA_ORIGINS);
  const specs = pickDistinct(random, lines, random.int(1, 3)).map((line) =>
    krSpec(line, origin, null, [0.5, 10], outcome.undervalued),
  );
  return { specs, quota: true, origin };
}

function generalGoods(ctx: GeneratorContext, random: Random, outcome: Outcome, mode: TransportMode): Goods {
  const trade = random.weighted(KR_TRADES.filter(([t]) => t.modes.includes(mode)));
  const origin = random.weighted(trade.origins);
  const lines = ctx.catalogue.krByTrade.get(trade.id) ?? [];
  const specs = pickDistinct(random, lines, itemCount(random)).map((line) =>
    krSpec(line, origin, null, trade.usdPerKg, outcome.undervalued),
  );
  return { specs, quota: false, origin };
}

function krSpec(
  line: KrLine,
  origin: string,
  preference: PreferenceClaim | null,
  usdPerKg: readonly [number, number],
  undervalued: boolean,
): ItemSpec {
  return {
    hsCode: line.code,
    description: krDescription(line),
    unit: krItemUnit(line),
    origin,
    preference,
    usdPerKg,
    undervalued,
  };
}

function invoiceCurrency(random: Random, origin: string): string {
  if (origin === 'JP' && random.chance(0.5)) return 'JPY';
  if (['DE', 'FR', 'IT', 'ES', 'NL'].includes(origin) && random.chance(0.5)) return 'EUR';
  if (origin === 'CN' && random.chance(0.15)) return 'CNY';
  if (origin === 'VN' && random.chance(0.1)) return 'VND';
  if (origin === 'AU' && random.chance(0.3)) return 'AUD';
  return 'USD';
}

function documents(
  random: Random,
  goods: Goods,
  transportDocument: { code: string; reference: string },
  date: string,
): SupportingDocument[] {
  const yymm = date.slice(2, 7).replace('-', '');
  const docs: SupportingDocument[] = [
    { code: '380', reference: `INV-${yymm}-${random.digits(5)}`, description: 'Commercial invoice' },
    { code: '271', reference: `PL-${yymm}-${random.digits(5)}`, description: 'Packing list' },
    {
      code: transportDocument.code,
      reference: transportDocument.reference,
      description: transportDocument.code === '705' ? 'Bill of lading' : 'Air waybill',
    },
  ];
  const proof = goods.specs.find((spec) => spec.preference !== null)?.preference?.proofOfOrigin;
  if (proof != null)
    docs.push({
      code: '861',
      reference: proof,
      description: 'Certificate of origin, Form VK (Korea–Viet Nam FTA)',
    });
  const chapters = new Set(goods.specs.map((spec) => spec.hsCode.slice(0, 2)));
  if (chapters.has('08'))
    docs.push({
      code: '851',
      reference: `PC-${goods.origin}-${random.digits(8)}`,
      description: 'Phytosanitary certificate',
    });
  if (chapters.has('03') || chapters.has('16') || goods.specs.some((s) => s.hsCode.startsWith('0409'))) {
    docs.push({
      code: '852',
      reference: `HC-${goods.origin}-${random.digits(8)}`,
      description: 'Health (sanitary) certificate',
    });
  }
  return docs;
}

/** One Korean import declaration (UNI-PASS 수입신고) at Busan (sea) or Incheon Airport (air). */
export function krDeclaration(
  ctx: GeneratorContext,
  random: Random,
  index: number,
  postId: PostId,
): Declaration {
  const isBusan = postId === POST_IDS.busan;
  const mode: TransportMode = isBusan ? 'sea' : 'air';
  const outcome = chooseOutcome(random);
  const acceptanceDate = acceptanceDateIn(random, ctx.month, isPending(outcome.status));

  // Mostly goods the public data rates completely (VKFTA lines claimed with a certificate, P3
  // quota lines); the general trades need Korea's basic rates, which it lacks, and say so.
  const kind = random.weighted([
    ['vn', isBusan ? 62 : 45],
    ['quota', isBusan ? 28 : 40],
    ['general', isBusan ? 10 : 15],
  ] as const);
  const goods =
    (kind === 'vn' ? vietnamFood(ctx, random, outcome) : null) ??
    (kind === 'quota' ? quotaGoods(ctx, random, outcome, acceptanceDate) : null) ??
    generalGoods(ctx, random, outcome, mode);

  const currency = invoiceCurrency(random, goods.origin);
  const items = goods.specs.map((spec, i) =>
    withKrTaxAttributes(buildItem(random, spec, i + 1, mode, currency)),
  );
  const grossKg = items.reduce((sum, item) => sum + Number(item.grossMassKg), 0);
  const { transport, carrier } = carriage(random, mode, {
    loadingCountry: goods.origin,
    discharge: isBusan ? BUSAN : INCHEON,
    arrivalDate: addDays(acceptanceDate, -random.int(0, 4)),
    grossKg,
  });
  const valuation = buildValuation(random, {
    items,
    currency,
    incoterm: chooseIncoterm(random, mode),
    mode,
    containers: transport.containers.length,
    placeOfLoading: transport.placeOfLoading,
    placeOfDischarge: transport.placeOfDischarge,
  });

  const broker = random.pick(ctx.pools.krBrokers);
  const importer = random.pick(ctx.pools.krImporters);
  const exporter = exporterFrom(ctx.pools, random, goods.origin, goods.exporterTrade);
  const { riskHits, riskScore } = assessRisk(random, outcome.lane, {
    preferenceClaimed: items.some((item) => item.preference !== null),
    quotaGoods: goods.quota,
    undervalued: outcome.undervalued,
    newImporter: importer.isNew,
    misclassificationHistory: importer.misclassificationHistory,
    sensitiveOrigin: items.some((item) => isSensitiveOrigin(item.hsCode, item.originCountry)),
  });
  const transportDocument = { code: mode === 'sea' ? '705' : '740', reference: transport.transportDocument };

  return {
    id: demoDeclarationId(ctx.seed, index),
    reference: koreanDeclarationNumber(broker.declarantCode, 2026, index + 1),
    postId: PostIdSchema.parse(postId),
    jurisdiction: 'kr',
    direction: 'import',
    // 신고구분: A 출항전, B 입항전, C 보세구역 도착전, D 보세구역 장치후 (most common).
    typeCode: random.weighted([
      ['D', 60],
      ['B', 25],
      ['C', 10],
      ['A', 5],
    ]),
    status: outcome.status,
    lane: outcome.lane,
    riskScore,
    riskHits,
    registeredAt: instantOn(random, acceptanceDate, '+09:00'),
    acceptanceDate,
    parties: [
      asParty('declarant', broker),
      asParty('importer', importer),
      asParty('exporter', exporter),
      asParty('carrier', carrier),
    ],
    transport,
    valuation,
    items,
    documents: documents(random, goods, transportDocument, acceptanceDate),
    version: outcome.version,
    demo: true,
  };
}
