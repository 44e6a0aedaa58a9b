import { useSession } from '@accord/portal-kit';
import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { LEAD } from '../lead/lead.operations';
import { removeFromQueue } from '../lead/remove-from-queue';
import { TEAM_LEADS } from './team.operations';
import { REASSIGN_LEAD, TEAM_BREACHES, type ReassignedLead } from './team-work.operations';

export interface ReassignInput {
  leadId: string;
  /** The owner before the reassignment, whose cached queue loses the lead. */
  fromOwnerId: string | null;
  toUserId: string;
  reason: string;
}

/**
 * Give a lead to another member of the team with `reassignLead`. The lists that show owners are read
 * again afterwards, and a lead taken from the viewer leaves the viewer's cached queue at once.
 */
export function useReassignLead(): {
  reassign(input: ReassignInput): Promise<ReassignedLead | null>;
  pending: boolean;
  error: unknown;
  reset(): void;
} {
  const { session } = useSession();
  const [mutate, { loading, error, reset }] = useMutation(REASSIGN_LEAD, {
    refetchQueries: [TEAM_LEADS, TEAM_BREACHES, LEAD],
  });

  const reassign = useCallback(
    async ({ leadId, fromOwnerId, toUserId, reason }: ReassignInput) => {
      const result = await mutate({
        variables: { id: leadId, toUserId, reason },
        update(cache) {
          if (fromOwnerId !== null && fromOwnerId === session?.user.id) removeFromQueue(cache, leadId);
        },
      }).catch(() => null);

      return result?.data?.reassignLead ?? null;
    },
    [mutate, session],
  );

  return { reassign, pending: loading, error, reset };
}
