import type { Declaration, DeclarationStatus, Lane } from '@shared/domain';

/** What the worklist shows of a declaration, flattened so each column sorts on a plain value. */
export type DeclarationRow = {
  id: string;
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
  /** A decision on it is saved here and not yet confirmed by the server. */
  pending: boolean;
};

/** Imports are known by their importer, exports by their exporter; the declarant stands in for either. */
function traderOf(declaration: Declaration): string {
  const role = declaration.direction === 'import' ? 'importer' : 'exporter';
  const party =
    declaration.parties.find((candidate) => candidate.role === role) ??
    declaration.parties.find((candidate) => candidate.role === 'declarant') ??
    declaration.parties[0];
  return party?.name ?? '';
}

export function toRow(declaration: Declaration, pending = false): DeclarationRow {
  return {
    id: declaration.id,
    reference: declaration.reference,
    registeredAt: declaration.registeredAt,
    direction: declaration.direction,
    typeCode: declaration.typeCode,
    trader: traderOf(declaration),
    itemCount: declaration.items.length,
    firstHsCode: declaration.items[0]?.hsCode ?? '',
    lane: declaration.lane,
    status: declaration.status,
    riskScore: declaration.riskScore,
    demo: declaration.demo,
    pending,
  };
}

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
