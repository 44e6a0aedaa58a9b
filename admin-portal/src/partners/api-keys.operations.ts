import { gql, type TypedDocumentNode } from '@apollo/client';

export type ApiKeyScope = 'SUBMIT_LEADS' | 'READ_LEADS';

export const API_KEY_SCOPES: readonly ApiKeyScope[] = ['SUBMIT_LEADS', 'READ_LEADS'];

export interface PartnerRow {
  id: string;
  key: string;
  name: string;
  accounts: { id: string; name: string; email: string }[];
}

export interface ApiKeyRow {
  id: string;
  prefix: string;
  name: string;
  scopes: ApiKeyScope[];
  expiresAt: string;
  revokedAt: string | null;
  lastUsedAt: string | null;
  createdAt: string;
  partnerUser: { id: string; name: string } | null;
  createdBy: { id: string; name: string } | null;
}

export interface CreateApiKeyInput {
  partnerUserId: string;
  name: string;
  scopes: ApiKeyScope[];
  expiresAt: string;
}

const API_KEY_FIELDS = gql`
  fragment ApiKeyRowFields on ApiKey {
    id
    prefix
    name
    scopes
    expiresAt
    revokedAt
    lastUsedAt
    createdAt
    partnerUser {
      id
      name
    }
    createdBy {
      id
      name
    }
  }
`;

export const PARTNERS: TypedDocumentNode<{ partners: PartnerRow[] }, Record<string, never>> = gql`
  query Partners {
    partners {
      id
      key
      name
      accounts {
        id
        name
        email
      }
    }
  }
`;

export const API_KEYS: TypedDocumentNode<{ apiKeys: ApiKeyRow[] }, { partnerId: string }> = gql`
  query ApiKeys($partnerId: ID!) {
    apiKeys(partnerId: $partnerId) {
      ...ApiKeyRowFields
    }
  }
  ${API_KEY_FIELDS}
`;

export const CREATE_API_KEY: TypedDocumentNode<{ createApiKey: { key: string; apiKey: ApiKeyRow } }, { input: CreateApiKeyInput }> = gql`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      key
      apiKey {
        ...ApiKeyRowFields
      }
    }
  }
  ${API_KEY_FIELDS}
`;

export const REVOKE_API_KEY: TypedDocumentNode<{ revokeApiKey: ApiKeyRow }, { id: string }> = gql`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRowFields
    }
  }
  ${API_KEY_FIELDS}
`;
