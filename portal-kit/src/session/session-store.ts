import type { Role } from '../graphql-types';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  team: { id: string; key: string; label: string } | null;
}

/** The signed-in user and the bearer token returned by `signIn`. */
export interface Session {
  token: string;
  /** ISO 8601 instant after which the API rejects the token. */
  expiresAt: string;
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
 * and each portal origin keeps its own. An expired session found at start-up is discarded.
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
    const session = JSON.parse(raw) as Session;
    if (Date.parse(session.expiresAt) > Date.now()) return session;
  } catch {
    // A value that does not parse is treated like an absent session.
  }
  storage.removeItem(STORAGE_KEY);

  return null;
}
