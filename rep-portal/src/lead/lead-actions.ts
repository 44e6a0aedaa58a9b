import type { Stage } from '@accord/portal-kit';
import {
  CONVERT_LEAD,
  DISQUALIFY_LEAD,
  DISQUALIFY_REASONS,
  LOSE_OPPORTUNITY,
  LOST_REASONS,
  QUALIFY_LEAD,
  RECYCLE_LEAD,
  RECYCLE_REASONS,
  WIN_OPPORTUNITY,
} from './lead-actions.operations';
import {
  ACCEPT_LEAD,
  REJECT_LEAD,
  REJECT_REASONS,
  type LeadActionMutation,
  type LeadActionResult,
  type ReasonOptionsQuery,
} from './lead.operations';

export type LeadActionName = 'ACCEPT' | 'REJECT' | 'QUALIFY' | 'CONVERT' | 'DISQUALIFY' | 'RECYCLE' | 'WIN' | 'LOSE';

/** Actions that close a lead with a reason code: REJECT, DISQUALIFY and RECYCLE of the same ReasonKind, LOSE of kind LOST. */
export type ReasonActionName = 'REJECT' | 'DISQUALIFY' | 'RECYCLE' | 'LOSE';

export interface LeadActionDefinition {
  /** Stages in which the portal offers the action to the lead's owner. */
  offeredIn: readonly Stage[];
  to: Stage;
  mutation: LeadActionMutation;
  resultField: keyof LeadActionResult;
}

/**
 * The rep actions, in the order the portal shows them, with the stage moves the API documents:
 * acceptLead and rejectLead decide the MQL hand-off, qualifyLead moves SAL to SQL, convertLead moves
 * SQL to OPPORTUNITY, and winOpportunity and loseOpportunity close an opportunity as WON or LOST.
 * disqualifyLead and recycleLead also apply to an opportunity that is no real deal. The API also
 * lets them act on an MQL, but at MQL the portal offers the hand-off decision only, so marketing
 * receives a rejection with its reason.
 * The API checks every rule again and returns CONFLICT for a lead in another stage.
 */
export const LEAD_ACTIONS: Readonly<Record<LeadActionName, LeadActionDefinition>> = {
  ACCEPT: { offeredIn: ['MQL'], to: 'SAL', mutation: ACCEPT_LEAD, resultField: 'acceptLead' },
  REJECT: { offeredIn: ['MQL'], to: 'REJECTED', mutation: REJECT_LEAD, resultField: 'rejectLead' },
  QUALIFY: { offeredIn: ['SAL'], to: 'SQL', mutation: QUALIFY_LEAD, resultField: 'qualifyLead' },
  CONVERT: { offeredIn: ['SQL'], to: 'OPPORTUNITY', mutation: CONVERT_LEAD, resultField: 'convertLead' },
  DISQUALIFY: {
    offeredIn: ['SAL', 'SQL', 'OPPORTUNITY'],
    to: 'DISQUALIFIED',
    mutation: DISQUALIFY_LEAD,
    resultField: 'disqualifyLead',
  },
  RECYCLE: { offeredIn: ['SAL', 'SQL', 'OPPORTUNITY'], to: 'RECYCLED', mutation: RECYCLE_LEAD, resultField: 'recycleLead' },
  WIN: { offeredIn: ['OPPORTUNITY'], to: 'WON', mutation: WIN_OPPORTUNITY, resultField: 'winOpportunity' },
  LOSE: { offeredIn: ['OPPORTUNITY'], to: 'LOST', mutation: LOSE_OPPORTUNITY, resultField: 'loseOpportunity' },
};

/** Reason codes each reason action offers: `reasonCodes(kind:)` of the action's kind. */
export const REASON_OPTIONS: Readonly<Record<ReasonActionName, ReasonOptionsQuery>> = {
  REJECT: REJECT_REASONS,
  DISQUALIFY: DISQUALIFY_REASONS,
  RECYCLE: RECYCLE_REASONS,
  LOSE: LOST_REASONS,
};

/** Keys that run an action on the lead page; see the shortcuts help for the full list. */
export const LEAD_ACTION_SHORTCUTS: Readonly<Partial<Record<LeadActionName, string>>> = { ACCEPT: 'a', REJECT: 'r' };

const ACTION_ORDER: readonly LeadActionName[] = ['ACCEPT', 'REJECT', 'QUALIFY', 'CONVERT', 'WIN', 'LOSE', 'DISQUALIFY', 'RECYCLE'];

export function actionsOfferedIn(stage: Stage): LeadActionName[] {
  return ACTION_ORDER.filter((action) => LEAD_ACTIONS[action].offeredIn.includes(stage));
}

export function isReasonAction(action: LeadActionName): action is ReasonActionName {
  return action === 'REJECT' || action === 'DISQUALIFY' || action === 'RECYCLE' || action === 'LOSE';
}
