import type { Declaration, DeclarationStatus, Lane } from '@shared/domain';

/**
 * What the worklist shows of a declaration, flattened so each column sorts on a plain value, with
 * the sort keys IndexedDB orders it by. Stored beside the declaration (the `worklist` table) so the
 * worklist never reads whole declarations (issue 11).
 */
export type WorklistRow = {
  id: string;
  postId: string;
  reference: string;
  registeredAt: string;
  direction: Declaration['direction'];
  typeCode: string;
  trader: string;
  itemCount: number;
  firstHsCode: string;
  lane: Lane | null;
  status: DeclarationStatus;
  riskScore: number;
  demo: boolean;
  /** The instant registered, in ms: offsets differ between rows (KST, UTC), so text would misorder. */
  registeredKey: number;
  /** Lane in worklist order; no lane sorts last. */
  laneKey: number;
  /** Minus the risk score: within a lane, the riskiest first. */
  riskKey: number;
  statusKey: number;
  /** `traderSortKey(trader)`: plain code-point order of these keys is Korean collation order. */
  traderKey: string;
  // Schema 5: what the filters read (worklist-filter.ts), computed once here rather than per keystroke.
  /** The officer it is assigned to, or null: nobody (absent in older data reads as nobody). */
  assignedTo: string | null;
  /** The day registered at the post (the date its registration time is written in), YYYY-MM-DD. */
  registeredDay: string;
  /** `traderSearchKey` of every party's name, for the quick search over any party. */
  partyKeys: string[];
  /** Every goods item's HS code, once each. */
  hsCodes: string[];
  /** Every goods item's origin country, once each. */
  origins: string[];
};

/** Worklist order: the lanes that need an officer first (RED), the ones that need nobody last. */
const LANE_RANK: Record<Lane, number> = { RED: 0, YELLOW: 1, BLUE: 2, GREEN: 3 };
export const laneRank = (lane: Lane | null): number => (lane === null ? 4 : LANE_RANK[lane]);

/** Statuses in workflow order, so sorting by status reads as progress through clearance. */
const STATUS_RANK: Record<DeclarationStatus, number> = {
  registered: 0,
  selected: 1,
  assessed: 2,
  examined: 3,
  held: 4,
  rejected: 5,
  released: 6,
};
export const statusRank = (status: DeclarationStatus): number => STATUS_RANK[status];

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
/** Latin letters are moved above the Hangul syllables, where `Intl.Collator('ko')` puts them. */
const LATIN_BASE = 0xe000;
const SPECIAL_LATIN: Record<string, string> = { đ: 'd', ð: 'd', ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe' };

function primaryChar(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x61 && code <= 0x7a) return String.fromCharCode(LATIN_BASE + code - 0x61);
  if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return char;
  const latin = SPECIAL_LATIN[char];
  return latin === undefined ? char : [...latin].map(primaryChar).join('');
}

const swapCase = (char: string): string => {
  const lower = char.toLowerCase();
  return lower === char ? char.toUpperCase() : lower;
};

/**
 * The primary part of a name's sort key: accents and case dropped, punctuation and digits before
 * Hangul, Hangul (in Unicode order, which is dictionary order) before Latin letters. A prefix of
 * a name has a prefix of its key, so a name typed in the filter finds its rows by key range.
 */
export function traderSearchKey(name: string): string {
  const folded = name.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFC').toLowerCase();
  return [...folded].map(primaryChar).join('');
}

/**
 * A key whose code-point order follows `Intl.Collator('ko')` for the names traders have, computed
 * once when a declaration is stored: collating 100,000 names on every sort costs seconds, and
 * IndexedDB can only order by code points. Ties of the primary key (case, accents) fall back to the
 * name with lower case first, as the collator does.
 */
export function traderSortKey(name: string): string {
  return `${traderSearchKey(name)}\u0000${[...name.normalize('NFD')].map(swapCase).join('')}`;
}

/** Imports are known by their importer, exports by their exporter; the declarant stands in for either. */
export function traderOf(declaration: Declaration): string {
  const role = declaration.direction === 'import' ? 'importer' : 'exporter';
  const party =
    declaration.parties.find((candidate) => candidate.role === role) ??
    declaration.parties.find((candidate) => candidate.role === 'declarant') ??
    declaration.parties[0];
  return party?.name ?? '';
}

export function toWorklistRow(declaration: Declaration): WorklistRow {
  const trader = traderOf(declaration);
  return {
    id: declaration.id,
    postId: declaration.postId,
    reference: declaration.reference,
    registeredAt: declaration.registeredAt,
    direction: declaration.direction,
    typeCode: declaration.typeCode,
    trader,
    itemCount: declaration.items.length,
    firstHsCode: declaration.items[0]?.hsCode ?? '',
    lane: declaration.lane,
    status: declaration.status,
    riskScore: declaration.riskScore,
    demo: declaration.demo,
    registeredKey: Date.parse(declaration.registeredAt),
    laneKey: laneRank(declaration.lane),
    riskKey: -declaration.riskScore,
    statusKey: statusRank(declaration.status),
    traderKey: traderSortKey(trader),
    assignedTo: declaration.assignedTo ?? null,
    registeredDay: declaration.registeredAt.slice(0, 10),
    partyKeys: [...new Set(declaration.parties.map((party) => traderSearchKey(party.name)))],
    hsCodes: [...new Set(declaration.items.map((item) => item.hsCode))],
    origins: [...new Set(declaration.items.map((item) => item.originCountry))],
  };
}
