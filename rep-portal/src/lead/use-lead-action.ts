import { OPEN_QUEUE_STAGES, readApiErrors, useSession, type Stage } from '@accord/portal-kit';
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { buildOptimisticLead } from './build-optimistic-lead';
import { LEAD_ACTIONS, type LeadActionName } from './lead-actions';
import { LEAD, type LeadActionVariables, type LeadDetail } from './lead.operations';
import { removeFromQueue } from './remove-from-queue';

export type LeadActionState =
  | { status: 'idle' }
  | { status: 'pending'; action: LeadActionName }
  | { status: 'succeeded'; action: LeadActionName; lead: LeadDetail }
  /** `stage` is the lead's stage before the action. */
  | { status: 'failed'; action: LeadActionName; error: unknown; stage: Stage };

export interface ReasonInput {
  reason: { code: string; label: string };
  note: string | null;
}

export interface LeadActionHandle {
  state: LeadActionState;
  /** Run an action on the lead and resolve to the moved lead, or to null when the server rejected it. */
  run(action: LeadActionName, reasonInput?: ReasonInput): Promise<LeadDetail | null>;
  reset(): void;
}

/**
 * Run the rep actions of one lead, one at a time. Each action shows its result at once through an
 * optimistic response, which Apollo Client rolls back when the server rejects the action. The error
 * then stays in `state` for the page to explain. A lead that leaves the queue stages is dropped from
 * the cached queue.
 */
export function useLeadAction(lead: LeadDetail): LeadActionHandle {
  const client = useApolloClient();
  const { session } = useSession();
  const [state, setState] = useState<LeadActionState>({ status: 'idle' });

  // The lead page's own query reports a failed read, so the promise's rejection is not needed here.
  const refetchLead = useCallback(() => {
    client.refetchQueries({ include: [LEAD] }).catch(() => undefined);
  }, [client]);

  const run = useCallback(
    async (action: LeadActionName, reasonInput?: ReasonInput): Promise<LeadDetail | null> => {
      const definition = LEAD_ACTIONS[action];
      const variables: LeadActionVariables =
        reasonInput === undefined ? { id: lead.id } : { id: lead.id, reasonCode: reasonInput.reason.code, note: reasonInput.note };
      const actor = session === null ? { id: '', name: '' } : { id: session.user.id, name: session.user.name };
      const optimisticLead = buildOptimisticLead(lead, {
        action,
        actor,
        reason: reasonInput?.reason ?? null,
        note: reasonInput?.note ?? null,
        now: new Date().toISOString(),
      });

      setState({ status: 'pending', action });

      try {
        const result = await client.mutate({
          mutation: definition.mutation,
          variables,
          optimisticResponse: { [definition.resultField]: optimisticLead },
          update(cache, { data }) {
            const moved = data?.[definition.resultField];
            if (moved !== undefined && !OPEN_QUEUE_STAGES.includes(moved.stage)) removeFromQueue(cache, moved.id);
          },
        });
        const moved = result.data?.[definition.resultField];
        if (moved === undefined) throw new Error(`The API returned no lead for ${definition.resultField}.`);

        setState({ status: 'succeeded', action, lead: moved });
        // The workflow arms the new stage's SLA clock just after the API responds, so read the lead again.
        if (OPEN_QUEUE_STAGES.includes(moved.stage)) refetchLead();

        return moved;
      } catch (error) {
        setState({ status: 'failed', action, error, stage: lead.stage });
        // A CONFLICT means the lead changed elsewhere, such as another tab or a reassignment, so show its current state.
        if (readApiErrors(error).some((detail) => detail.code === 'CONFLICT')) refetchLead();

        return null;
      }
    },
    [client, lead, refetchLead, session],
  );

  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, run, reset };
}
