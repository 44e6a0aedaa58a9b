import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import type { SessionStore } from '../session/session-store';

export interface CreateApolloClientOptions {
  sessionStore: SessionStore;
  typePolicies?: TypePolicies;
  /** Same-origin path; the Vite dev and preview servers proxy it to the API. */
  uri?: string;
}

/**
 * Create the portal's Apollo Client: every request carries the session's bearer token, and an
 * UNAUTHENTICATED error (or an HTTP 401) clears the session, which sends the user to sign-in.
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  const { sessionStore, typePolicies, uri = '/graphql' } = options;

  const authLink = new SetContextLink(({ headers }) => {
    const token = sessionStore.get()?.token;

    return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : { headers };
  });

  const signOutLink = new ErrorLink(({ error }) => {
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);

    if (unauthenticated) sessionStore.clear();
  });

  return new ApolloClient({
    link: ApolloLink.from([signOutLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
