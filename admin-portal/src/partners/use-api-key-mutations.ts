import { useToasts } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { strings } from '../strings';
import { API_KEYS, CREATE_API_KEY, REVOKE_API_KEY, type CreateApiKeyInput } from './api-keys.operations';

const messages = strings.apiKeys.messages;

/** Create an API key and refetch the partner's list. Returns the whole key, shown once, or null when it failed. */
export function useCreateApiKey(partnerId: string) {
  const toasts = useToasts();
  const [createApiKey, { loading }] = useMutation(CREATE_API_KEY, { refetchQueries: [{ query: API_KEYS, variables: { partnerId } }] });

  const create = async (input: CreateApiKeyInput): Promise<string | null> => {
    try {
      const result = await createApiKey({ variables: { input } });

      return result.data?.createApiKey.key ?? null;
    } catch (error) {
      toasts.error(error, { title: messages.createFailed, fieldLabels: strings.apiKeys.fieldLabels });

      return null;
    }
  };

  return { create, loading };
}

/** Revoke an API key; the server rejects it from the next request on. Returns whether it worked. */
export function useRevokeApiKey() {
  const toasts = useToasts();
  const [revokeApiKey, { loading }] = useMutation(REVOKE_API_KEY);

  const revoke = async (id: string, name: string): Promise<boolean> => {
    try {
      await revokeApiKey({ variables: { id } });
      toasts.success(messages.revoked(name));

      return true;
    } catch (error) {
      toasts.error(error, { title: messages.revokeFailed(name) });

      return false;
    }
  };

  return { revoke, loading };
}
