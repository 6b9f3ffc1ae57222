import { Officer, Post } from '@shared/domain/post';
import type { PostsResponse } from '@shared/api/posts';
import type { Queryable } from '../db/database';

type PostRow = {
  id: string;
  office_code: string;
  name: string;
  name_local: string;
  jurisdiction: string;
  currency: string;
  timezone: string;
  demo: boolean;
};
type OfficerRow = {
  id: string;
  post_id: string;
  username: string;
  display_name: string;
  role: string;
  demo: boolean;
};

/** Posts with their officers: every post, or only `onlyPostId` (a signed-in officer's own). There
 *  are few posts and officers, so rows are parsed back through the shared schemas rather than cast. */
export async function listPostsWithOfficers(
  db: Queryable,
  onlyPostId: string | null = null,
): Promise<PostsResponse['posts']> {
  const posts = await db.query<PostRow>(
    'SELECT * FROM posts WHERE $1::text IS NULL OR id = $1::text ORDER BY id',
    [onlyPostId],
  );
  const officers = await db.query<OfficerRow>(
    `SELECT id, post_id, username, display_name, role, demo FROM officers
     WHERE $1::text IS NULL OR post_id = $1::text ORDER BY post_id, username`,
    [onlyPostId],
  );
  return posts.map((row) => ({
    ...Post.parse({
      id: row.id,
      officeCode: row.office_code,
      name: row.name,
      nameLocal: row.name_local,
      jurisdiction: row.jurisdiction,
      currency: row.currency,
      timezone: row.timezone,
      demo: row.demo,
    }),
    officers: officers
      .filter((officer) => officer.post_id === row.id)
      .map((officer) =>
        Officer.parse({
          id: officer.id,
          postId: officer.post_id,
          username: officer.username,
          displayName: officer.display_name,
          role: officer.role,
          demo: officer.demo,
        }),
      ),
  }));
}

export async function postExists(db: Queryable, postId: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM posts WHERE id = $1) AS found',
    [postId],
  );
  return rows[0]?.found === true;
}
