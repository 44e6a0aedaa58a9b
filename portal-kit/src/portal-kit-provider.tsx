import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { useEffect, type ReactNode } from 'react';
import type { SessionStore } from './session/session-store';
import { SessionStoreContext } from './session/use-session';
import { KitStringsContext, type KitStrings } from './strings/kit-strings';

export interface PortalKitProviderProps {
  client: ApolloClient;
  sessionStore: SessionStore;
  strings: KitStrings;
  children: ReactNode;
}

/** Provide the Apollo Client, the session store and the shared strings to a portal. */
export function PortalKitProvider({ client, sessionStore, strings, children }: PortalKitProviderProps) {
  // A session can also end outside React (the error link on UNAUTHENTICATED), so the cache of the
  // previous user is cleared here whenever the session goes away.
  useEffect(
    () =>
      sessionStore.subscribe(() => {
        if (sessionStore.get() === null) void client.clearStore();
      }),
    [client, sessionStore],
  );

  return (
    <ApolloProvider client={client}>
      <SessionStoreContext.Provider value={sessionStore}>
        <KitStringsContext.Provider value={strings}>{children}</KitStringsContext.Provider>
      </SessionStoreContext.Provider>
    </ApolloProvider>
  );
}
