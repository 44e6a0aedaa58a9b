import { print } from 'graphql';
import { REFRESH_SESSION, type RefreshSessionData } from './sign-in.operations';
import type { SessionStore } from './session-store';

/** `refreshed`: the store contains new tokens. `rejected`: the session has ended. `failed`: the API could not be reached. */
export type RefreshOutcome = 'refreshed' | 'rejected' | 'failed';

interface RefreshResponse {
  data?: RefreshSessionData | null;
  errors?: { extensions?: { code?: unknown } }[];
}

/**
 * Returns a function that renews the stored session with its refresh token. Every refresh token
 * works once and the API ends the session when one is presented twice, so concurrent callers share
 * one request, and a caller whose access token was already replaced gets `refreshed` without a new one.
 */
export function createSessionRefresher(sessionStore: SessionStore, uri: string): (failedToken: string | null) => Promise<RefreshOutcome> {
  // NOTE: a browser that duplicates a tab copies its sessionStorage, so both tabs hold one refresh token.
  // The second tab to refresh presents a rotated token, and the API then ends the session in both tabs.
  let inFlight: Promise<RefreshOutcome> | null = null;

  const refresh = async (refreshToken: string): Promise<RefreshOutcome> => {
    let body: RefreshResponse;
    try {
      const response = await fetch(uri, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
        body: JSON.stringify({ query: print(REFRESH_SESSION), variables: { refreshToken } }),
      });
      body = (await response.json()) as RefreshResponse;
    } catch {
      return 'failed';
    }

    const session = body.data?.refreshSession;
    if (session !== undefined && session !== null) {
      sessionStore.set(session);

      return 'refreshed';
    }

    const unauthenticated = (body.errors ?? []).some((error) => error.extensions?.code === 'UNAUTHENTICATED');

    return unauthenticated ? 'rejected' : 'failed';
  };

  return (failedToken) => {
    const current = sessionStore.get();
    if (current === null) return Promise.resolve('rejected');
    if (failedToken !== null && current.token !== failedToken) return Promise.resolve('refreshed');

    inFlight ??= refresh(current.refreshToken).finally(() => {
      inFlight = null;
    });

    return inFlight;
  };
}
