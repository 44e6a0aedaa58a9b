import { useApolloClient } from '@apollo/client/react';
import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Session, SessionStore } from './session-store';
import { SIGN_OUT } from './sign-in.operations';

export const SessionStoreContext = createContext<SessionStore | null>(null);

export interface SessionHandle {
  session: Session | null;
  signIn(session: Session): void;
  /**
   * End the session on the API, so its tokens stop working, then forget them and drop every cached
   * query result of the previous user. The local sign-out happens also when the API cannot be reached.
   */
  signOut(): Promise<void>;
}

export function useSession(): SessionHandle {
  const store = useContext(SessionStoreContext);
  if (store === null) throw new Error('useSession must be used inside <PortalKitProvider>.');

  const client = useApolloClient();
  const session = useSyncExternalStore(store.subscribe, store.get);

  const signIn = useCallback((next: Session) => store.set(next), [store]);

  const signOut = useCallback(async () => {
    if (store.get() !== null) await client.mutate({ mutation: SIGN_OUT }).catch(() => undefined);
    store.clear();
    await client.clearStore();
  }, [client, store]);

  return { session, signIn, signOut };
}
