import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Session } from './session-store';

export interface SignInData {
  signIn: Session;
}

export interface SignInVariables {
  email: string;
  password: string;
}

export interface RefreshSessionData {
  refreshSession: Session;
}

export interface RefreshSessionVariables {
  refreshToken: string;
}

export interface SignOutData {
  signOut: boolean;
}

const SESSION_FIELDS = `
  token
  expiresAt
  refreshToken
  refreshTokenExpiresAt
  user {
    id
    email
    name
    role
    timeZone
    team {
      id
      key
      label
    }
  }
`;

export const SIGN_IN: TypedDocumentNode<SignInData, SignInVariables> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ${SESSION_FIELDS}
    }
  }
`;

/** The operation name the refresh link recognises, so that a failed refresh is never refreshed again. */
export const REFRESH_SESSION_OPERATION = 'RefreshSession';

/** Sent with `fetch` by the refresh link, outside Apollo Client, so that a refresh never passes through that link. */
export const REFRESH_SESSION: TypedDocumentNode<RefreshSessionData, RefreshSessionVariables> = gql`
  mutation ${REFRESH_SESSION_OPERATION}($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      ${SESSION_FIELDS}
    }
  }
`;

export const SIGN_OUT: TypedDocumentNode<SignOutData, Record<string, never>> = gql`
  mutation SignOut {
    signOut
  }
`;
