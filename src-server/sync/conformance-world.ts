import type { FastifyInstance } from 'fastify';
import type { Session } from '@shared/api/auth-v1';
import { Declaration, type DeclarationStatus } from '@shared/domain/declaration';
import type { DeviceId } from '@shared/domain/decision';
import { DeclarationId, type OfficerId } from '@shared/domain/ids';
import type { Database } from '../db/database';
import { declarationInput } from '../test-support/fixtures';
import { TARGET_COUNT } from './conformance-ops';

// The world of the conformance test: two posts, their declarations, who is signed in where.

export type PostKey = 'PUS' | 'DVR';

export type SignedIn = { officerId: OfficerId; postId: PostKey; deviceId: DeviceId; session: Session };
export type ConformanceWorld = { db: Database; app: FastifyInstance; signIns: readonly SignedIn[] };

const STATUSES: Record<PostKey, DeclarationStatus[]> = {
  PUS: ['registered', 'selected', 'assessed', 'examined', 'held', 'selected', 'assessed'],
  DVR: ['selected', 'assessed'],
};

/** What a post holds at the start of each run. */
export function initialDeclarations(post: PostKey): Declaration[] {
  return STATUSES[post].map((status, i) => Declaration.parse({ ...declarationInput(post, i + 1), status }));
}

/** What the operations' `target` names: every declaration of both posts, and one nobody has. */
export const TARGETS: readonly DeclarationId[] = [
  ...initialDeclarations('PUS').map((d) => d.id),
  ...initialDeclarations('DVR').map((d) => d.id),
  DeclarationId.parse('PUS-D999999'),
];
if (TARGETS.length !== TARGET_COUNT) throw new Error('the targets do not match TARGET_COUNT');

export function target(index: number): DeclarationId {
  const id = TARGETS[index % TARGETS.length];
  if (id === undefined) throw new Error('there are no targets');
  return id;
}

export function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}
