import type { Motion } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface MotionSimulation {
  motion: Motion;
  leadCount: number;
  baselineMql: number;
  draftMql: number;
}

/** Load under the published version (baseline) and under the simulated one (draft). */
export interface LoadSimulation {
  /** User id, team key or stage. */
  key: string;
  label: string;
  baseline: number;
  draft: number;
}

export interface OutcomeSimulation {
  acceptedKeptOut: number;
  wonKeptOut: number;
  rejectedLetIn: number;
  acceptedTotal: number;
  wonTotal: number;
  rejectedTotal: number;
}

export interface SimulationResult {
  version: number;
  baselineVersion: number;
  days: number;
  leadCount: number;
  elapsedMs: number;
  motions: MotionSimulation[];
  repLoad: LoadSimulation[];
  teamLoad: LoadSimulation[];
  /** Per stage: business hours of SLA clocks that the MQLs would start. */
  slaLoad: LoadSimulation[];
  outcomes: OutcomeSimulation;
}

const LOAD_FIELDS = gql`
  fragment LoadSimulationFields on LoadSimulation {
    key
    label
    baseline
    draft
  }
`;

export const SIMULATE_GOVERNANCE: TypedDocumentNode<{ simulateGovernance: SimulationResult }, { version: number; days: number }> = gql`
  query SimulateGovernance($version: Int!, $days: Int!) {
    simulateGovernance(version: $version, days: $days) {
      version
      baselineVersion
      days
      leadCount
      elapsedMs
      motions {
        motion
        leadCount
        baselineMql
        draftMql
      }
      repLoad {
        ...LoadSimulationFields
      }
      teamLoad {
        ...LoadSimulationFields
      }
      slaLoad {
        ...LoadSimulationFields
      }
      outcomes {
        acceptedKeptOut
        wonKeptOut
        rejectedLetIn
        acceptedTotal
        wonTotal
        rejectedTotal
      }
    }
  }
  ${LOAD_FIELDS}
`;
