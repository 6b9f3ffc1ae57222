/**
 * KCS quantity-unit codes (관세청 수량단위코드) mapped to UN/ECE Recommendation 20 codes, which
 * the declaration schema uses. The KCS list uses exactly these codes; an unknown one is an error
 * rather than a guess, so a new code in next year's list is noticed.
 */
export const KCS_TO_REC20: Readonly<Record<string, string>> = {
  KG: 'KGM', // kilogram
  U: 'NAR', // unit → number of articles
  EA: 'NAR', // each → number of articles
  '2U': 'PR', // two units → pair
  L: 'LTR', // litre
  ML: 'MLT', // millilitre
  M: 'MTR', // metre
  M2: 'MTK', // square metre
  M3: 'MTQ', // cubic metre
  GR: 'GRM', // gram
  CR: 'CTM', // carat → metric carat
  MW: 'MWH', // electrical energy, declared in MWh (1000 kWh)
  TU: 'MIL', // thousand units (building bricks) → thousand
};

/** The declared quantity unit of an HSK line: its quantity unit, or kilograms when it has none. */
export function rec20ForKcsUnit(kcsUnit: string): string {
  if (kcsUnit === '') return 'KGM';
  const rec20 = KCS_TO_REC20[kcsUnit];
  if (rec20 === undefined) throw new Error(`no UN/ECE Rec 20 code for KCS unit "${kcsUnit}"`);
  return rec20;
}

/**
 * Typical net kilograms per unit of quantity, to derive a plausible quantity from the net mass
 * (a range: the generator picks within it). Demo shapes, not reference data.
 */
export const KG_PER_UNIT: Readonly<Record<string, readonly [number, number]>> = {
  KGM: [1, 1],
  NAR: [0.2, 25],
  PR: [0.3, 1.5],
  LTR: [0.9, 1.3],
  MLT: [0.0009, 0.0013],
  MTR: [0.02, 0.5],
  MTK: [0.1, 2.5],
  MTQ: [450, 800],
  GRM: [0.001, 0.001],
  CTM: [0.0002, 0.0002],
  MWH: [1, 1],
  MIL: [1800, 3200],
};

/** Net kg per article by HS chapter: a shoe, a motor and a microscope weigh differently. */
const KG_PER_ARTICLE_BY_CHAPTER: Readonly<Record<string, readonly [number, number]>> = {
  '42': [0.2, 2],
  '61': [0.1, 0.8],
  '62': [0.2, 1.2],
  '63': [0.3, 3],
  '64': [0.4, 1.5],
  '84': [0.5, 60],
  '85': [0.05, 15],
  '87': [1, 40],
  '90': [0.05, 8],
  '91': [0.03, 0.5],
  '95': [0.1, 3],
};

export function kgPerUnitRange(unit: string, hsCode: string): readonly [number, number] {
  if (unit === 'NAR') return KG_PER_ARTICLE_BY_CHAPTER[hsCode.slice(0, 2)] ?? KG_PER_UNIT['NAR'] ?? [1, 1];
  return KG_PER_UNIT[unit] ?? [1, 1];
}
