import type { DeclarationStatus, Lane } from '@shared/domain';
import { traderSearchKey, type WorklistRow } from './worklist-row';

/**
 * What the officer narrows the worklist to; every field set must hold (AND). Empty text and null
 * mean "any". The one filter contract between the worklist's screens and its queries.
 */
export type WorklistFilter = {
  /** Quick search: a declaration number prefix, or a prefix of any party's name. */
  text: string;
  /** A lane, or `none`: not selected yet. */
  lane: Lane | 'none' | null;
  status: DeclarationStatus | null;
  /** Risk score bounds, inclusive (0–100). */
  riskMin: number | null;
  riskMax: number | null;
  /** Registration date bounds, inclusive, as YYYY-MM-DD days at the post. */
  registeredFrom: string | null;
  registeredTo: string | null;
  /** A prefix of the importer's (imports) or exporter's (exports) name. */
  importer: string;
  /** A prefix of any goods item's HS code, digits only. */
  hsPrefix: string;
  /** An origin country (ISO 3166-1 alpha-2) of any goods item. */
  origin: string | null;
  /** An officer id, `none` (unassigned) or null (anyone). */
  assignedTo: string | 'none' | null;
  /** Only declarations with a decision of this device not yet confirmed by the centre. */
  pendingOnly: boolean;
  /** Only declarations with a decision that needs the officer's attention (conflict, rejected). */
  needsAttention: boolean;
};

export const NO_FILTER: WorklistFilter = {
  text: '',
  lane: null,
  status: null,
  riskMin: null,
  riskMax: null,
  registeredFrom: null,
  registeredTo: null,
  importer: '',
  hsPrefix: '',
  origin: null,
  assignedTo: null,
  pendingOnly: false,
  needsAttention: false,
};

export const isFiltered = (filter: WorklistFilter): boolean =>
  (Object.keys(NO_FILTER) as (keyof WorklistFilter)[]).some((key) =>
    typeof filter[key] === 'string' ? (filter[key] as string).trim() !== '' : filter[key] !== NO_FILTER[key],
  );

/**
 * What this device knows beyond the rows: the status of each declaration's newest decision not yet
 * confirmed (newestOverlays), and the declarations whose decision needs the officer's attention.
 */
export type WorklistMarks = {
  /** Null: a pending decision that leaves the status as it is (the row is still marked). */
  pending: ReadonlyMap<string, DeclarationStatus | null>;
  attention: ReadonlySet<string>;
};
export const NO_MARKS: WorklistMarks = { pending: new Map(), attention: new Set() };

/** The status a row shows: its pending decision's, else the server's. */
export const shownStatus = (row: WorklistRow, marks: WorklistMarks): DeclarationStatus =>
  marks.pending.get(row.id) ?? row.status;

const startsWithAny = (values: readonly string[], prefix: string) =>
  values.some((value) => value.startsWith(prefix));

/**
 * The filter as one test of a row, with what was typed folded once (not per row): a number as
 * references are written (upper case), a name as its search key (case and accents dropped).
 */
export function rowMatcher(filter: WorklistFilter, marks: WorklistMarks): (row: WorklistRow) => boolean {
  const tests: ((row: WorklistRow) => boolean)[] = [];
  const text = filter.text.trim();
  if (text !== '') {
    const reference = text.toUpperCase();
    const name = traderSearchKey(text);
    tests.push((row) => row.reference.startsWith(reference) || startsWithAny(row.partyKeys, name));
  }
  if (filter.lane !== null) {
    const lane = filter.lane === 'none' ? null : filter.lane;
    tests.push((row) => row.lane === lane);
  }
  const { status, riskMin, riskMax, registeredFrom, registeredTo, origin, assignedTo } = filter;
  if (status !== null) tests.push((row) => shownStatus(row, marks) === status);
  if (riskMin !== null) tests.push((row) => row.riskScore >= riskMin);
  if (riskMax !== null) tests.push((row) => row.riskScore <= riskMax);
  if (registeredFrom !== null) tests.push((row) => row.registeredDay >= registeredFrom);
  if (registeredTo !== null) tests.push((row) => row.registeredDay <= registeredTo);
  const importer = filter.importer.trim();
  if (importer !== '') {
    const key = traderSearchKey(importer);
    tests.push((row) => row.traderKey.startsWith(key));
  }
  const hs = digits(filter.hsPrefix);
  if (hs !== '') tests.push((row) => startsWithAny(row.hsCodes, hs));
  if (origin !== null) tests.push((row) => row.origins.includes(origin));
  if (assignedTo !== null) {
    const officer = assignedTo === 'none' ? null : assignedTo;
    tests.push((row) => row.assignedTo === officer);
  }
  if (filter.pendingOnly) tests.push((row) => marks.pending.has(row.id));
  if (filter.needsAttention) tests.push((row) => marks.attention.has(row.id));
  return (row) => tests.every((test) => test(row));
}

const digits = (text: string) => text.replace(/\D/g, '');

/** `narrow` was typed on from `wide`: everything its prefix matches, the shorter one matched too. */
function typedOn(wide: string, narrow: string, ...folds: ((text: string) => string)[]): boolean {
  const [from, to] = [wide.trim(), narrow.trim()];
  return from === '' || folds.every((fold) => fold(to).startsWith(fold(from)));
}

/**
 * True when every row `narrower` matches, `wider` matches too: the same filter with a search typed
 * on (a keystroke more). The index then scans the last answer instead of the whole post.
 */
export function narrows(wider: WorklistFilter, narrower: WorklistFilter): boolean {
  const typed = ['text', 'importer', 'hsPrefix'];
  const rest = (Object.keys(NO_FILTER) as (keyof WorklistFilter)[]).filter((key) => !typed.includes(key));
  return (
    rest.every((key) => wider[key] === narrower[key]) &&
    typedOn(wider.text, narrower.text, (text) => text.toUpperCase(), traderSearchKey) &&
    typedOn(wider.importer, narrower.importer, traderSearchKey) &&
    typedOn(wider.hsPrefix, narrower.hsPrefix, digits)
  );
}
