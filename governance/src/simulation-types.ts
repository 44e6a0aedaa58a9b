import type { GovernanceModel, LeadAttributes, Motion } from './model';

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
  /** One row per motion, in `Motion` order, including motions without leads. */
  motions: SimulatedMotion[];
  /** MQLs per rep of every pool in either model, split as the pool's strategy would hand out consecutive tickets. */
  repLoad: SimulatedLoad[];
  /** MQLs per team: each rep's share counts for the rep's team, and MQLs of a pool without members for the pool's team. */
  teamLoad: SimulatedLoad[];
  /**
   * Business hours of SLA targets that the MQLs would arm, per stage, rounded once after summing:
   * SAL is every MQL times its motion's SAL target, and SQL is every ACCEPTED or WON MQL times its
   * motion's SQL target.
   */
  slaLoad: SimulatedLoad[];
  outcomes: SimulatedOutcomes;
  /** MQLs that no routing rule sends to a known pool, so they appear in no rep or team row. */
  unroutedMql: { baseline: number; draft: number };
}

/** Running totals for one model. */
export interface ModelTally {
  mqlByMotion: Map<Motion, number>;
  mqlByPool: number[];
  unroutedMql: number;
  salSeconds: number;
  sqlSeconds: number;
}
