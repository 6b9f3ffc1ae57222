import type { DeclarationStatus, Lane } from '@shared/domain';
import { DeclarationId } from '@shared/domain';
import type { Random } from './random';
import { chooseLane, chooseStatus, chooseUndervalued, isPending } from './risk';

/** Lane, status and dates of one declaration: decided first, because the rest must agree. */
export type Outcome = {
  lane: Lane | null;
  status: DeclarationStatus;
  undervalued: boolean;
  version: number;
};

export function chooseOutcome(random: Random): Outcome {
  const lane = chooseLane(random);
  const status = chooseStatus(random, lane);
  const undervalued = chooseUndervalued(random, lane);
  // Some declarations were amended (corrected value, reclassified line) before the decision.
  const amended = !isPending(status) && random.chance(0.08);
  return { lane, status, undervalued, version: amended ? random.int(2, 3) : 1 };
}

export function demoDeclarationId(seed: number, index: number): DeclarationId {
  return DeclarationId.parse(`demo-${seed}-${String(index + 1).padStart(7, '0')}`);
}

/** Picks `count` distinct lines (all of them when the pool is smaller). */
export function pickDistinct<T>(random: Random, pool: readonly T[], count: number): T[] {
  const indexes = new Set<number>();
  if (pool.length <= count) for (let i = 0; i < pool.length; i++) indexes.add(i);
  else while (indexes.size < count) indexes.add(random.int(0, pool.length - 1));
  return [...indexes].flatMap((i) => {
    const line = pool[i];
    return line === undefined ? [] : [line];
  });
}
