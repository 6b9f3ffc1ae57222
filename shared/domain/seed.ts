import type { Declaration } from './declaration';
import type { Officer, Post } from './post';

/**
 * What `npm run seed` produces and the server stores. Declarations are an iterable so that
 * 100,000 and more can be generated and inserted in batches without holding them all in memory.
 */
export type SeedData = {
  posts: Post[];
  officers: Officer[];
  declarations: Iterable<Declaration>;
};
