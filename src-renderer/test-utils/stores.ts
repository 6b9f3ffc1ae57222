import { useSessionStore, useSyncStore } from '../state';

const initialSession = useSessionStore.getState();
const initialSync = useSyncStore.getState();

/** The stores are module singletons; each test starts from their initial state. */
export function resetStores(): void {
  useSessionStore.setState(initialSession, true);
  useSyncStore.setState(initialSync, true);
}
