import { z } from 'zod';

/** Every non-2xx answer of the central API carries this body. */
export const ApiErrorBody = z.object({
  error: z.object({
    code: z.string().min(1),
    message: z.string().min(1),
    details: z.unknown().optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
