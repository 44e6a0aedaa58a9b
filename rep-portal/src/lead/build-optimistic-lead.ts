import type { LeadActionName } from './lead-actions';
import { LEAD_ACTIONS } from './lead-actions';
import type { LeadDetail, StageTransition } from './lead.operations';

export interface OptimisticActionInput {
  action: LeadActionName;
  actor: { id: string; name: string };
  reason: { code: string; label: string } | null;
  note: string | null;
  /** ISO 8601 instant of the click, used for the new transition and first-touch time. */
  now: string;
}

/**
 * Predict the lead the server returns after an action: the target stage, a transition by the viewer
 * at the end of the history, and no SLA clock until the server reports the new stage's clock.
 * Apollo Client shows it until the server responds, and drops it when the server rejects the action.
 */
export function buildOptimisticLead(lead: LeadDetail, input: OptimisticActionInput): LeadDetail {
  const { action, actor, reason, note, now } = input;
  const to = LEAD_ACTIONS[action].to;

  // Every object carries its __typename, so the cache normalizes the prediction like a server result.
  const actorRef = { __typename: 'User', ...actor };
  const reasonRef = reason === null ? null : { __typename: 'ReasonCode', ...reason };
  const transition: StageTransition & { __typename: 'StageTransition' } = {
    __typename: 'StageTransition',
    id: `optimistic-${action}-${lead.id}`,
    fromStage: lead.stage,
    toStage: to,
    actor: actorRef,
    actorLabel: actor.name,
    reasonCode: reasonRef,
    note,
    governanceVersion: lead.governanceVersion,
    occurredAt: now,
  };

  const optimistic: LeadDetail & { __typename: 'Lead' } = {
    ...lead,
    __typename: 'Lead',
    stage: to,
    slaState: 'NONE',
    slaDueAt: null,
    acceptedAt: action === 'ACCEPT' ? now : lead.acceptedAt,
    firstTouchAt: lead.firstTouchAt ?? now,
    history: [...lead.history, transition],
  };

  return optimistic;
}
