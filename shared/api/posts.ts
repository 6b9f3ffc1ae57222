import { z } from 'zod';
import { Officer, Post } from '../domain/post';

export const PostsResponse = z.object({
  posts: z.array(Post.extend({ officers: z.array(Officer) })),
});
export type PostsResponse = z.infer<typeof PostsResponse>;
