import type { Declaration, SeedData } from '@shared/domain';
import { DEFAULT_DATA_DIR } from '../reference/sources';
import { withDemoAssignment } from './assignment';
import { buildCatalogue } from './catalogue';
import type { GeneratorContext } from './context';
import { krDeclaration } from './kr';
import { buildTraderPools } from './parties';
import { demoPayable, withPayment } from './payment';
import { Random, mixSeed } from './random';
import { loadReferenceData } from './reference';
import { DEMO_OFFICERS, DEMO_POSTS, POST_IDS } from './tables/posts';
import { latestCoveredMonth, ukDeclaration } from './uk';

/** The repository's assets/data: the directory the reference packs are published from. */
export const DEFAULT_REFERENCE_DIR = DEFAULT_DATA_DIR;

/** Share of declarations per post: Korea first, the UK second. */
const POST_SHARES = [
  [POST_IDS.busan, 45],
  [POST_IDS.incheon, 30],
  [POST_IDS.dover, 25],
] as const;

/**
 * Demo posts, officers and `count` declarations, all labelled demo. The same seed gives the
 * same data; declaration i depends only on (seed, i), so a smaller count is a prefix of a
 * larger one. Declarations are produced lazily: a million stream through in constant memory.
 */
export function generateDemoData(options: { seed: number; count: number; referenceDir?: string }): SeedData {
  const { seed, count } = options;
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number, got ${count}`);
  const referenceDir = options.referenceDir ?? DEFAULT_REFERENCE_DIR;
  const reference = loadReferenceData(referenceDir);
  const context: GeneratorContext = {
    seed,
    catalogue: buildCatalogue(reference),
    pools: buildTraderPools(seed),
    quotaCache: new Map(),
    month: latestCoveredMonth(reference.hmrcCurrenciesByMonth),
    payable: demoPayable(referenceDir),
  };
  return {
    posts: [...DEMO_POSTS],
    officers: [...DEMO_OFFICERS],
    declarations: declarations(context, count),
  };
}

function* declarations(context: GeneratorContext, count: number): Generator<Declaration> {
  for (let index = 0; index < count; index++) yield declarationAt(context, index);
}

export function declarationAt(context: GeneratorContext, index: number): Declaration {
  const random = new Random(mixSeed(context.seed, index));
  const postId = random.weighted(POST_SHARES);
  const declaration =
    postId === POST_IDS.dover
      ? ukDeclaration(context, random, index)
      : krDeclaration(context, random, index, postId);
  // Last, from the same stream: the payment state moves none of the fields drawn before it; the
  // assignment draws nothing.
  return withDemoAssignment(withPayment(declaration, random, context.payable), index);
}
