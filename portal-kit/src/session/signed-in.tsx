import type { ReactNode } from 'react';
import type { Role } from '../graphql-types';
import type { Session } from './session-store';
import { SignInPage } from './sign-in-page';
import { useSession } from './use-session';

export interface SignedInProps {
  portalName: string;
  allowedRoles: readonly Role[];
  children: (session: Session) => ReactNode;
}

/** Render the sign-in page until there is a session whose role may use this portal. */
export function SignedIn({ portalName, allowedRoles, children }: SignedInProps) {
  const { session } = useSession();

  if (session === null || !allowedRoles.includes(session.user.role)) {
    return <SignInPage portalName={portalName} allowedRoles={allowedRoles} />;
  }

  return <>{children(session)}</>;
}
