import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Session } from './session-store';

export interface SignInData {
  signIn: Session;
}

export interface SignInVariables {
  email: string;
  password: string;
}

export const SIGN_IN: TypedDocumentNode<SignInData, SignInVariables> = gql`
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      expiresAt
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
    }
  }
`;
