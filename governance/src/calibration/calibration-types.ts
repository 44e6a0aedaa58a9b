import type { Motion } from '../model';
import type { AucEstimate } from './model-quality';

/** One lead of the calibration period with its scores and its outcomes so far. */
export interface CalibrationLead {
  id: string;
  /** Points, 0 to 100, as stored on the lead. */
  fitScore: number;
  behaviourScore: number;
  /** The fit weights that matched, as the lead's score breakdown lists them (`matched` is `describeFitWeight`). */
  fitLines: ReadonlyArray<{ matched: string; points: number }>;
  /** Whether the lead ever entered MQL. */
  reachedMql: boolean;
  /** True after MQL→SAL, false after MQL→REJECTED, null while no rep decided. Acceptance wins when both happened. */
  accepted: boolean | null;
  /** True once the lead reached OPPORTUNITY (or WON or LOST), false when it left the funnel before, null while open. */
  converted: boolean | null;
}

/** One score band of the descriptive conversion tables. */
export interface ScoreBandRow {
  /** Lowest and highest score of the band, inclusive. */
  low: number;
  high: number;
  leads: number;
  mqls: number;
  /** Accept or reject decisions, and how many of them were acceptances. */
  decisions: number;
  accepted: number;
  acceptanceRate: number | null;
  /** MQLs with a final conversion outcome, and how many of them reached OPPORTUNITY. */
  resolved: number;
  converted: number;
  conversionRate: number | null;
}

/** Predicted against observed rate of one fit-score band of held-out leads. */
export interface CalibrationBandRow {
  low: number;
  high: number;
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export type CalibrationOutcome = 'ACCEPTANCE' | 'CONVERSION';

/** A logistic regression of one outcome on the fit and behaviour scores, with its held-out quality. */
export interface OutcomeModelReport {
  outcome: CalibrationOutcome;
  trainingCount: number;
  heldOutCount: number;
  /** Log-odds at fit 0 and behaviour 0, and the change in log-odds per point of each score. */
  intercept: number;
  fitCoefficient: number;
  fitStandardError: number;
  behaviourCoefficient: number;
  behaviourStandardError: number;
  auc: AucEstimate;
  calibration: CalibrationBandRow[];
}

/** One changed fit weight, named as `describeFitWeight` names it (the key that governance diffs use). */
export interface FitWeightChange {
  weight: string;
  from: number;
  to: number;
}

/** The governance change a proposal makes: new thresholds for its motion and new points for some fit weights. */
export interface CalibrationChange {
  motion: Motion;
  /** Null keeps the current threshold. */
  fitThreshold: number | null;
  intentThreshold: number | null;
  fitWeights: FitWeightChange[];
}

/** MQL volume and predicted rates of one set of rules over the period's leads. */
export interface ProposalEffect {
  fitThreshold: number;
  intentThreshold: number;
  mqlCount: number;
  predictedAcceptanceRate: number | null;
  /** Null when too few conversion outcomes exist for a conversion model. */
  predictedConversionRate: number | null;
}

export type CalibrationProposalKind = 'THRESHOLDS' | 'FIT_WEIGHTS';

export interface CalibrationProposal {
  /** Derived from the kind, the motion and the change, so the same data gives the same id. */
  id: string;
  kind: CalibrationProposalKind;
  change: CalibrationChange;
  current: ProposalEffect;
  proposed: ProposalEffect;
  /** Leads that would be MQL under the proposal but never reached MQL, so their acceptance is extrapolated. */
  extrapolatedLeads: number;
  /** Plain sentences for the admin who reviews the proposal. */
  explanation: string[];
}

export interface CalibrationOptions {
  /** Minimum accept or reject decisions before anything is proposed. */
  minimumDecisions?: number;
  /** Minimum acceptances, and minimum rejections, before anything is proposed. */
  minimumPerOutcome?: number;
  /** Acceptance probability at which an extra MQL is worth as much as it costs; 0.5 weighs a rejection like an acceptance. */
  targetAcceptance?: number;
}

export interface CalibrationReport {
  motion: Motion;
  /** Current thresholds of the motion in the model the report was computed against. */
  fitThreshold: number;
  intentThreshold: number;
  leadCount: number;
  mqlCount: number;
  decisionCount: number;
  acceptedCount: number;
  resolvedCount: number;
  convertedCount: number;
  minimumDecisions: number;
  minimumPerOutcome: number;
  /** The reason nothing is modelled or proposed when the motion has too few outcomes, otherwise null. */
  refusal: string | null;
  acceptance: OutcomeModelReport | null;
  conversion: OutcomeModelReport | null;
  fitBands: ScoreBandRow[];
  behaviourBands: ScoreBandRow[];
  proposals: CalibrationProposal[];
  /** Reasons, in plain sentences, that a proposal or a model is missing. */
  notes: string[];
}
