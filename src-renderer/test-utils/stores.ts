import {
  useAuthStore,
  useOutboxStatusStore,
  useReferenceStore,
  useSessionStore,
  useSyncStore,
} from '../state';

const initialSession = useSessionStore.getState();
const initialSync = useSyncStore.getState();
const initialAuth = useAuthStore.getState();
const initialOutbox = useOutboxStatusStore.getState();
const initialReference = useReferenceStore.getState();

/** The stores are module singletons; each test starts from their initial state. */
export function resetStores(): void {
  useSessionStore.setState(initialSession, true);
  useSyncStore.setState(initialSync, true);
  useAuthStore.setState(initialAuth, true);
  useOutboxStatusStore.setState(initialOutbox, true);
  useReferenceStore.setState(initialReference, true);
}
