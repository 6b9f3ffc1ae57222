import type { Role } from '@shared/domain';
import { useSelectedPost } from '../../state';

/** An officer's name as the cached post lists it, or their id where it does not. */
export function useOfficerName(): (officerId: string) => string {
  const post = useSelectedPost();
  return (officerId) => post?.officers.find((officer) => officer.id === officerId)?.displayName ?? officerId;
}

/** An officer's role as the cached post lists it, or null where the post does not list them. */
export function useOfficerRole(): (officerId: string) => Role | null {
  const post = useSelectedPost();
  return (officerId) => post?.officers.find((officer) => officer.id === officerId)?.role ?? null;
}
