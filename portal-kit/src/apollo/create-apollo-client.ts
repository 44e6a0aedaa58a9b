import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { ApolloLink } from '@apollo/client/link';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { from, of, switchMap, throwError } from 'rxjs';
import { createSessionRefresher } from '../session/session-refresher';
import type { SessionStore } from '../session/session-store';
import { REFRESH_SESSION_OPERATION } from '../session/sign-in.operations';

export interface CreateApolloClientOptions {
  sessionStore: SessionStore;
  typePolicies?: TypePolicies;
  /** Same-origin path; the Vite dev and preview servers proxy it to the API. */
  uri?: string;
}

/** Operation context key that marks a request already sent again after a refresh. */
const RETRIED_AFTER_REFRESH = 'accordRetriedAfterRefresh';

/**
 * Create the portal's Apollo Client: every request carries the session's bearer token. A request
 * that fails with UNAUTHENTICATED (or HTTP 401), such as one with an expired access token, renews
 * the session with its refresh token and is sent once more. When the session cannot be renewed, it
 * is cleared, which sends the user to sign-in.
 */
export function createApolloClient(options: CreateApolloClientOptions): ApolloClient {
  const { sessionStore, typePolicies, uri = '/graphql' } = options;
  const refreshSession = createSessionRefresher(sessionStore, uri);

  const authLink = new SetContextLink(({ headers }) => {
    const token = sessionStore.get()?.token;

    return token ? { headers: { ...headers, authorization: `Bearer ${token}` } } : { headers };
  });

  const refreshLink = new ErrorLink(({ error, result, operation, forward }) => {
    const unauthenticated =
      (CombinedGraphQLErrors.is(error) &&
        error.errors.some((entry) => entry.extensions?.code === 'UNAUTHENTICATED')) ||
      (ServerError.is(error) && error.statusCode === 401);
    if (!unauthenticated) return;

    const context = operation.getContext();
    const sentAuthorization: unknown = context.headers?.authorization;
    // A rejected sign-in or refresh sent no token to renew, and a retried request gets no second retry.
    if (typeof sentAuthorization !== 'string' || operation.operationName === REFRESH_SESSION_OPERATION || context[RETRIED_AFTER_REFRESH] === true) {
      if (typeof sentAuthorization === 'string') sessionStore.clear();

      return;
    }

    const sentToken = sentAuthorization.replace(/^Bearer\s+/i, '');

    return from(refreshSession(sentToken)).pipe(
      switchMap((outcome) => {
        if (outcome === 'refreshed') {
          operation.setContext({ [RETRIED_AFTER_REFRESH]: true });

          return forward(operation);
        }
        if (outcome === 'rejected') sessionStore.clear();

        return result === undefined ? throwError(() => error) : of(result);
      }),
    );
  });

  return new ApolloClient({
    link: ApolloLink.from([refreshLink, authLink, new HttpLink({ uri })]),
    cache: new InMemoryCache({ typePolicies }),
  });
}
