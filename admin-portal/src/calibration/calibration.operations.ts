import { gql, type TypedDocumentNode } from '@apollo/client';

export type CalibrationMotion = 'INBOUND' | 'OUTBOUND' | 'PARTNER' | 'PRODUCT_LED' | 'ACCOUNT_BASED';

export const CALIBRATION_MOTIONS: readonly CalibrationMotion[] = ['INBOUND', 'OUTBOUND', 'PARTNER', 'PRODUCT_LED', 'ACCOUNT_BASED'];

export interface CalibrationBand {
  low: number;
  high: number;
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export interface ScoreBand {
  low: number;
  high: number;
  leads: number;
  mqls: number;
  decisions: number;
  accepted: number;
  acceptanceRate: number | null;
  resolved: number;
  converted: number;
  conversionRate: number | null;
}

export interface CalibrationModel {
  outcome: string;
  trainingCount: number;
  heldOutCount: number;
  fitCoefficient: number;
  fitStandardError: number;
  behaviourCoefficient: number;
  behaviourStandardError: number;
  auc: { auc: number | null; standardError: number | null; positives: number; negatives: number };
  calibration: CalibrationBand[];
}

export interface ProposalEffect {
  fitThreshold: number;
  intentThreshold: number;
  mqlCount: number;
  predictedAcceptanceRate: number | null;
  predictedConversionRate: number | null;
}

export interface CalibrationProposal {
  id: string;
  kind: string;
  change: {
    fitThreshold: number | null;
    intentThreshold: number | null;
    fitWeights: Array<{ weight: string; from: number; to: number }>;
  };
  current: ProposalEffect;
  proposed: ProposalEffect;
  extrapolatedLeads: number;
  explanation: string[];
}

export interface CalibrationReport {
  motion: CalibrationMotion;
  governanceVersion: number;
  periodStart: string;
  periodEnd: string;
  fitThreshold: number;
  intentThreshold: number;
  leadCount: number;
  mqlCount: number;
  decisionCount: number;
  acceptedCount: number;
  resolvedCount: number;
  convertedCount: number;
  refusal: string | null;
  acceptance: CalibrationModel | null;
  conversion: CalibrationModel | null;
  fitBands: ScoreBand[];
  behaviourBands: ScoreBand[];
  proposals: CalibrationProposal[];
  notes: string[];
}

const MODEL_FIELDS = gql`
  fragment CalibrationModelFields on CalibrationModel {
    outcome
    trainingCount
    heldOutCount
    fitCoefficient
    fitStandardError
    behaviourCoefficient
    behaviourStandardError
    auc {
      auc
      standardError
      positives
      negatives
    }
    calibration {
      low
      high
      count
      meanPredicted
      observedRate
    }
  }
`;

const BAND_FIELDS = gql`
  fragment ScoreBandFields on ScoreBand {
    low
    high
    leads
    mqls
    decisions
    accepted
    acceptanceRate
    resolved
    converted
    conversionRate
  }
`;

const EFFECT_FIELDS = gql`
  fragment ProposalEffectFields on ProposalEffect {
    fitThreshold
    intentThreshold
    mqlCount
    predictedAcceptanceRate
    predictedConversionRate
  }
`;

export const CALIBRATION_REPORT: TypedDocumentNode<{ calibrationReport: CalibrationReport }, { motion: CalibrationMotion; days: number }> = gql`
  query CalibrationReport($motion: Motion!, $days: Int!) {
    calibrationReport(motion: $motion, days: $days) {
      motion
      governanceVersion
      periodStart
      periodEnd
      fitThreshold
      intentThreshold
      leadCount
      mqlCount
      decisionCount
      acceptedCount
      resolvedCount
      convertedCount
      refusal
      acceptance {
        ...CalibrationModelFields
      }
      conversion {
        ...CalibrationModelFields
      }
      fitBands {
        ...ScoreBandFields
      }
      behaviourBands {
        ...ScoreBandFields
      }
      proposals {
        id
        kind
        change {
          fitThreshold
          intentThreshold
          fitWeights {
            weight
            from
            to
          }
        }
        current {
          ...ProposalEffectFields
        }
        proposed {
          ...ProposalEffectFields
        }
        extrapolatedLeads
        explanation
      }
      notes
    }
  }
  ${MODEL_FIELDS}
  ${BAND_FIELDS}
  ${EFFECT_FIELDS}
`;

export const CREATE_DRAFT_FROM_CALIBRATION: TypedDocumentNode<
  { createDraftFromCalibration: { version: number; basedOn: number | null } },
  { motion: CalibrationMotion; proposalId: string; days: number }
> = gql`
  mutation CreateDraftFromCalibration($motion: Motion!, $proposalId: String!, $days: Int!) {
    createDraftFromCalibration(motion: $motion, proposalId: $proposalId, days: $days) {
      version
      basedOn
    }
  }
`;
