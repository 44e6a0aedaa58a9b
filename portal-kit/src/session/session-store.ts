import type { Role } from '../graphql-types';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  team: { id: string; key: string; label: string } | null;
}

/** The signed-in user and the tokens returned by `signIn` and `refreshSession`. */
export interface Session {
  /** Short-lived access token, sent as the bearer token. */
  token: string;
  /** ISO 8601 instant after which the API rejects the access token. */
  expiresAt: string;
  /** Renews the access token once; `refreshSession` returns its successor. */
  refreshToken: string;
  /** ISO 8601 instant at which the session ends and the refresh token stops working. */
  refreshTokenExpiresAt: string;
  user: SessionUser;
}

export interface SessionStore {
  get(): Session | null;
  set(session: Session): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
}

const STORAGE_KEY = 'accord.session';

/**
 * Create the session store backed by sessionStorage, so a session lasts as long as the browser tab
 * and each portal origin keeps its own. The refresh token is kept there too. A session found at
 * start-up is discarded when its refresh token has expired or it has none.
 */
export function createSessionStore(storage: Storage = window.sessionStorage): SessionStore {
  const listeners = new Set<() => void>();
  let current = readStoredSession(storage);

  const notify = (): void => {
    for (const listener of listeners) listener();
  };

  return {
    get: () => current,

    set(session) {
      storage.setItem(STORAGE_KEY, JSON.stringify(session));
      current = session;
      notify();
    },

    clear() {
      if (current === null) return;

      storage.removeItem(STORAGE_KEY);
      current = null;
      notify();
    },

    subscribe(listener) {
      listeners.add(listener);

      return () => listeners.delete(listener);
    },
  };
}

function readStoredSession(storage: Storage): Session | null {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return null;

  try {
    const session = JSON.parse(raw) as Partial<Session>;
    if (isSession(session) && Date.parse(session.refreshTokenExpiresAt) > Date.now()) return session;
  } catch {
    // A value that does not parse is treated like an absent session.
  }
  storage.removeItem(STORAGE_KEY);

  return null;
}

function isSession(value: Partial<Session>): value is Session {
  return (
    typeof value.token === 'string' &&
    typeof value.refreshToken === 'string' &&
    typeof value.refreshTokenExpiresAt === 'string' &&
    typeof value.user === 'object'
  );
}
