import { createContext, useContext } from 'react';
import type { Role } from '../graphql-types';

/** API error codes the portals tell apart; `NETWORK_ERROR` stands for any transport failure. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK_ERROR';

/** User-facing text of the shared components; each portal supplies it from its own strings module. */
export interface KitStrings {
  signIn: {
    heading: string;
    intro: string;
    emailLabel: string;
    passwordLabel: string;
    submit: string;
    submitting: string;
    roleNotAllowed: (role: Role) => string;
  };
  shell: {
    productName: string;
    navigationLabel: string;
    signedInAs: (name: string, role: Role) => string;
    signOut: string;
  };
  errors: {
    titles: Record<ApiErrorCode, string>;
    /** Title for a code outside `ApiErrorCode`, such as INTERNAL_SERVER_ERROR. */
    unexpected: string;
    problemsLabel: string;
  };
  loading: string;
}

export const KitStringsContext = createContext<KitStrings | null>(null);

export function useKitStrings(): KitStrings {
  const strings = useContext(KitStringsContext);
  if (strings === null) throw new Error('useKitStrings must be used inside <PortalKitProvider>.');

  return strings;
}
