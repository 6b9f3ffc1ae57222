import type { DeclarationStatus, Lane } from '@shared/domain';

/** Lanes in worklist order (RED first), then no lane yet. */
export const LANES: readonly (Lane | 'none')[] = ['RED', 'YELLOW', 'BLUE', 'GREEN', 'none'];

/** Statuses in workflow order. */
export const STATUSES: readonly DeclarationStatus[] = [
  'registered',
  'selected',
  'assessed',
  'examined',
  'held',
  'rejected',
  'released',
];
