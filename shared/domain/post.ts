import { z } from 'zod';
import { CurrencyCode, OfficerId, PostId } from './ids';

export const Jurisdiction = z.enum(['kr', 'uk']);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** Who signs in: the administrator manages accounts and reference data, and decides nothing. */
export const Role = z.enum(['officer', 'inspector', 'supervisor', 'administrator']);
export type Role = z.infer<typeof Role>;

/** A border post (customs office): the unit a device syncs for. */
export const Post = z.object({
  id: PostId,
  /** The customs office code of the jurisdiction (KCS 세관부호, UK office of entry). */
  officeCode: z.string().min(1).max(16),
  name: z.string().min(1),
  nameLocal: z.string().min(1),
  jurisdiction: Jurisdiction,
  currency: CurrencyCode,
  timezone: z.string().min(1),
  demo: z.boolean(),
});
export type Post = z.infer<typeof Post>;

export const Officer = z.object({
  id: OfficerId,
  postId: PostId,
  username: z.string().regex(/^[a-z0-9._-]{3,32}$/),
  displayName: z.string().min(1),
  role: Role,
  demo: z.boolean(),
});
export type Officer = z.infer<typeof Officer>;
