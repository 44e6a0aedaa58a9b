import type { Motion, ReasonKind, Stage } from '@accord/portal-kit';
import { gql, type TypedDocumentNode } from '@apollo/client';

export interface StageDefinition {
  stage: Stage;
  label: string;
  order: number;
  description: string;
  entryCriteria: string | null;
  requiredFields: string[];
  ownerTeam: string;
  primaryKpi: string;
  slaTargetSeconds: number | null;
  slaSummary: string | null;
}

export interface ReasonCode {
  code: string;
  label: string;
  kinds: ReasonKind[];
  noteRequired: boolean;
  active: boolean;
}

export interface MotionDefinition {
  motion: Motion;
  label: string;
  fitThreshold: number;
  intentThreshold: number;
}

export interface GovernanceVersion {
  version: number;
  status: string;
  publishedAt: string | null;
  stages: StageDefinition[];
  reasonCodes: ReasonCode[];
  motions: MotionDefinition[];
}

export const ACTIVE_GOVERNANCE: TypedDocumentNode<
  { activeGovernance: GovernanceVersion },
  Record<string, never>
> = gql`
  query ActiveGovernance {
    activeGovernance {
      version
      status
      publishedAt
      stages {
        stage
        label
        order
        description
        entryCriteria
        requiredFields
        ownerTeam
        primaryKpi
        slaTargetSeconds
        slaSummary
      }
      reasonCodes {
        code
        label
        kinds
        noteRequired
        active
      }
      motions {
        motion
        label
        fitThreshold
        intentThreshold
      }
    }
  }
`;
