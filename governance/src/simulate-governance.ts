import { Motion, type GovernanceModel, type LeadAttributes } from './model';

/**
 * Outcome of a lead in the simulated period. ACCEPTED means it reached SAL or beyond but not
 * OPPORTUNITY, and WON means it reached OPPORTUNITY.
 */
export type SimulationOutcome = 'OPEN' | 'ACCEPTED' | 'WON' | 'REJECTED' | 'DISQUALIFIED' | 'RECYCLED';

export type SimulationLead = LeadAttributes & { outcome: SimulationOutcome };

export interface SimulationMember {
  id: string;
  name: string;
  teamKey: string;
}

export interface GovernanceSimulationInput {
  baseline: GovernanceModel;
  draft: GovernanceModel;
  leads: readonly SimulationLead[];
  members: readonly SimulationMember[];
}

export interface SimulatedMotion {
  motion: Motion;
  leadCount: number;
  baselineMql: number;
  draftMql: number;
}

/** One row of a load table: `key` is a user id, a team key or a stage. */
export interface SimulatedLoad {
  key: string;
  label: string;
  baseline: number;
  draft: number;
}

/** Lead counts by outcome; ACCEPTED and WON are disjoint, as in `SimulationOutcome`. */
export interface SimulatedOutcomes {
  /** ACCEPTED leads that the baseline made MQL and the draft would not. */
  acceptedKeptOut: number;
  /** WON leads that the baseline made MQL and the draft would not. */
  wonKeptOut: number;
  /** REJECTED leads that the draft would make MQL and the baseline did not. */
  rejectedLetIn: number;
  acceptedTotal: number;
  wonTotal: number;
  rejectedTotal: number;
}

export interface GovernanceSimulation {
  leadCount: number;
  motions: SimulatedMotion[];
  /** MQLs per rep. */
  repLoad: SimulatedLoad[];
  /** MQLs per team. */
  teamLoad: SimulatedLoad[];
  /** Per stage (SAL, SQL): whole business hours of SLA targets that the leads would arm. */
  slaLoad: SimulatedLoad[];
  outcomes: SimulatedOutcomes;
}

/** Replays historical leads through a baseline and a draft model and compares MQLs, routing load, SLA load and outcomes. */
export function simulateGovernance(input: GovernanceSimulationInput): GovernanceSimulation {
  return {
    leadCount: input.leads.length,
    motions: Object.values(Motion).map((motion) => ({ motion, leadCount: 0, baselineMql: 0, draftMql: 0 })),
    repLoad: [],
    teamLoad: [],
    slaLoad: [],
    outcomes: { acceptedKeptOut: 0, wonKeptOut: 0, rejectedLetIn: 0, acceptedTotal: 0, wonTotal: 0, rejectedTotal: 0 },
  };
}
