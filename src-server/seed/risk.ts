import type { DeclarationStatus, Lane, RiskHit } from '@shared/domain';
import type { Random } from './random';

/** Lane mix of a busy post: most goods flow, a fifth are document-checked, some are opened. */
const LANES: readonly (readonly [Lane | null, number])[] = [
  ['GREEN', 58],
  ['YELLOW', 20],
  ['RED', 12],
  ['BLUE', 8],
  [null, 2], // registered, not yet through selectivity
];

export function chooseLane(random: Random): Lane | null {
  return random.weighted(LANES);
}

/** Where a declaration in this lane stands; pending ones are recent (see `isPending`). */
export function chooseStatus(random: Random, lane: Lane | null): DeclarationStatus {
  switch (lane) {
    case null:
      return 'registered';
    case 'GREEN':
      return random.weighted<DeclarationStatus>([
        ['released', 85],
        ['assessed', 15],
      ]);
    case 'BLUE':
      return random.weighted<DeclarationStatus>([
        ['released', 80],
        ['assessed', 20],
      ]);
    case 'YELLOW':
      return random.weighted<DeclarationStatus>([
        ['selected', 40],
        ['assessed', 30],
        ['released', 25],
        ['held', 5],
      ]);
    case 'RED':
      return random.weighted<DeclarationStatus>([
        ['selected', 35],
        ['examined', 25],
        ['assessed', 10],
        ['released', 20],
        ['held', 10],
      ]);
  }
}

export function isPending(status: DeclarationStatus): boolean {
  return status === 'registered' || status === 'selected';
}

/** What the declaration itself shows; criteria are hit only when their fact is true. */
export type RiskFacts = {
  preferenceClaimed: boolean;
  quotaGoods: boolean;
  undervalued: boolean;
  newImporter: boolean;
  misclassificationHistory: boolean;
  sensitiveOrigin: boolean;
};

type Criterion = RiskHit & { applies: (facts: RiskFacts) => boolean };

const CRITERIA: readonly Criterion[] = [
  {
    criterionCode: 'VAL-UNDER',
    description: 'Declared unit price far below the reference price for this tariff line',
    weight: 35,
    applies: (f) => f.undervalued,
  },
  {
    criterionCode: 'ORG-RISK',
    description: 'Origin and goods match a known origin-misdeclaration / transshipment profile',
    weight: 30,
    applies: (f) => f.sensitiveOrigin,
  },
  {
    criterionCode: 'HS-HIST',
    description: 'Importer has earlier HS classification corrections',
    weight: 25,
    applies: (f) => f.misclassificationHistory,
  },
  {
    criterionCode: 'FTA-VERIFY',
    description: 'FTA preference claimed: origin verification sample',
    weight: 20,
    applies: (f) => f.preferenceClaimed,
  },
  {
    criterionCode: 'IMP-NEW',
    description: 'New importer: fewer than three months of clearance history',
    weight: 20,
    applies: (f) => f.newImporter,
  },
  {
    criterionCode: 'QUOTA',
    description: 'Quota-tariff commodity: quantity and end use to be confirmed',
    weight: 15,
    applies: (f) => f.quotaGoods,
  },
];

const RANDOM_CHECK: RiskHit = {
  criterionCode: 'RND-SEL',
  description: 'Random compliance selection',
  weight: 10,
};
const ALERT: RiskHit = {
  criterionCode: 'INT-ALERT',
  description: 'Enforcement alert on the consignor or route',
  weight: 40,
};
const AUDIT: RiskHit = {
  criterionCode: 'AEO-AUDIT',
  description: 'Trusted trader: released for post-clearance audit sample',
  weight: 5,
};

const BANDS: Readonly<Record<Lane, readonly [number, number]>> = {
  GREEN: [0, 29],
  BLUE: [5, 29],
  YELLOW: [30, 59],
  RED: [60, 100],
};

/** The hits and score that explain the lane: green has none, red has several. */
export function assessRisk(
  random: Random,
  lane: Lane | null,
  facts: RiskFacts,
): { riskHits: RiskHit[]; riskScore: number } {
  if (lane === null) return { riskHits: [], riskScore: 0 };
  const applicable: RiskHit[] = CRITERIA.filter((c) => c.applies(facts)).map(
    ({ criterionCode, description, weight }) => ({
      criterionCode,
      description,
      weight,
    }),
  );
  let riskHits: RiskHit[];
  switch (lane) {
    case 'GREEN':
      riskHits = [];
      break;
    case 'BLUE':
      riskHits = [AUDIT];
      break;
    case 'YELLOW':
      riskHits = applicable.slice(0, 2);
      if (riskHits.length === 0) riskHits = [RANDOM_CHECK];
      break;
    case 'RED':
      riskHits = applicable.slice(0, 4);
      // A red lane always has a reason an officer can read: top up with an alert or a random pick.
      if (riskHits.length < 2) {
        const extras = random.chance(0.5) ? [ALERT, RANDOM_CHECK] : [RANDOM_CHECK, ALERT];
        riskHits = [...riskHits, ...extras].slice(0, 2);
      }
      break;
  }
  const [low, high] = BANDS[lane];
  const raw = riskHits.reduce((sum, hit) => sum + hit.weight, 0) + random.int(-5, 15);
  return { riskHits, riskScore: Math.min(high, Math.max(low, raw)) };
}

/** Chapters where origin fraud and transshipment are classic concerns. */
const SENSITIVE_CHAPTERS = new Set(['03', '08', '16', '61', '62', '64', '72', '73']);
const SENSITIVE_ORIGINS = new Set(['CN', 'VN', 'TR', 'RU', 'MA', 'BD']);

export function isSensitiveOrigin(hsCode: string, origin: string): boolean {
  return SENSITIVE_CHAPTERS.has(hsCode.slice(0, 2)) && SENSITIVE_ORIGINS.has(origin);
}

/** Whether this declaration is priced low on purpose, so the undervaluation hit is true. */
export function chooseUndervalued(random: Random, lane: Lane | null): boolean {
  if (lane === 'RED') return random.chance(0.35);
  if (lane === 'YELLOW') return random.chance(0.15);
  return false;
}
