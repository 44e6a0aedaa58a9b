import { ApiKeyScope } from '@accord/db';
import { Role } from '@accord/governance';

/** The signed-in user a request acts for, as read from the database when the request starts. */
export interface Caller {
  id: string;
  role: Role;
  teamId: string | null;
  partnerId: string | null;
  /** The API key the request authenticated with; null or absent for a password session. */
  apiKeyId?: string | null;
  /** Scopes of the request's credentials for partner operations. Absent means every scope, as for a password session. */
  scopes?: readonly ApiKeyScope[];
}

/** Every scope: what a password session may do. */
export const ALL_API_KEY_SCOPES: readonly ApiKeyScope[] = Object.values(ApiKeyScope);

const ROLES: readonly string[] = Object.values(Role);

export function isRole(value: string): value is Role {
  return ROLES.includes(value);
}

/** Returns whether the caller's credentials carry the scope. Password sessions carry every scope. */
export function hasScope(caller: Caller, scope: ApiKeyScope): boolean {
  return (caller.scopes ?? ALL_API_KEY_SCOPES).includes(scope);
}
