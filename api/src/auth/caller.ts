import { Role } from '@accord/governance';

/** The signed-in user a request acts for, as read from the database when the request starts. */
export interface Caller {
  id: string;
  role: Role;
  teamId: string | null;
  partnerId: string | null;
}

const ROLES: readonly string[] = Object.values(Role);

export function isRole(value: string): value is Role {
  return ROLES.includes(value);
}
