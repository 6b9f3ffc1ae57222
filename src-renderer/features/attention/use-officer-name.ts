import { useSelectedPost } from '../../state';

/** An officer's name as the cached post lists it, or their id where it does not. */
export function useOfficerName(): (officerId: string) => string {
  const post = useSelectedPost();
  return (officerId) => post?.officers.find((officer) => officer.id === officerId)?.displayName ?? officerId;
}
