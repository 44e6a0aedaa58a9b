import { readApiErrors } from '@accord/portal-kit';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { LEAD, type LeadDetail } from '../lead.operations';

export type LeadMutationState =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'succeeded' }
  | { status: 'failed'; error: unknown };

export interface LeadMutationHandle<TVariables> {
  state: LeadMutationState;
  /**
   * Send the mutation and show `optimisticLead` until the server responds. Resolves to the server's
   * lead, or to null when the server rejected the change; the error then stays in `state`.
   */
  run(variables: TVariables, optimisticLead: LeadDetail): Promise<LeadDetail | null>;
  reset(): void;
}

/**
 * Run one mutation that returns the lead under `field`, with an optimistic response. Apollo Client
 * writes the prediction to the cache at once and removes it when the server rejects the mutation, so
 * the page rolls back by itself and the caller explains the error.
 */
export function useLeadMutation<TField extends string, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<Record<TField, LeadDetail>, TVariables>,
  field: TField,
): LeadMutationHandle<TVariables> {
  const client = useApolloClient();
  const [state, setState] = useState<LeadMutationState>({ status: 'idle' });

  const run = useCallback(
    async (variables: TVariables, optimisticLead: LeadDetail): Promise<LeadDetail | null> => {
      setState({ status: 'pending' });

      try {
        const optimisticResponse = { [field]: optimisticLead } as Record<TField, LeadDetail>;
        const result = await client.mutate({ mutation, variables, optimisticResponse });
        const lead = result.data?.[field];
        if (lead === undefined) throw new Error(`The API returned no lead for ${field}.`);

        setState({ status: 'succeeded' });

        return lead;
      } catch (error) {
        setState({ status: 'failed', error });
        // A CONFLICT means the lead changed elsewhere, so show its current state.
        if (readApiErrors(error).some((detail) => detail.code === 'CONFLICT')) {
          client.refetchQueries({ include: [LEAD] }).catch(() => undefined);
        }

        return null;
      }
    },
    [client, field, mutation],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, run, reset };
}
