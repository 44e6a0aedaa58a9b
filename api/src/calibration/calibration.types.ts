import { Motion } from '@accord/governance';
import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, InputType, Int, ObjectType } from 'type-graphql';

import { MotionEnum } from '../schema/graphql-enums';

export const MAX_CALIBRATION_DAYS = 730;
export const DEFAULT_CALIBRATION_REPORT_DAYS = 180;

@ArgsType()
export class CalibrationReportArgs {
  @Field(() => MotionEnum, { description: 'The motion to calibrate.' })
  motion!: Motion;

  @Min(1, { message: `days must be from 1 to ${MAX_CALIBRATION_DAYS}` })
  @Max(MAX_CALIBRATION_DAYS, { message: `days must be from 1 to ${MAX_CALIBRATION_DAYS}` })
  @Field(() => Int, {
    defaultValue: DEFAULT_CALIBRATION_REPORT_DAYS,
    description: `Leads that arrived in this many past days, from 1 to ${MAX_CALIBRATION_DAYS}.`,
  })
  days!: number;
}

@ObjectType('CalibrationAuc', { description: 'Area under the ROC curve of a model on held-out leads.' })
export class CalibrationAuc {
  @Field(() => Float, { nullable: true, description: 'From 0.5 (chance) to 1 (perfect ranking); null without both outcomes.' })
  auc!: number | null;

  @Field(() => Float, { nullable: true, description: 'Standard error by the Hanley–McNeil formula.' })
  standardError!: number | null;

  @Field(() => Int, { description: 'Held-out leads with a positive outcome.' })
  positives!: number;

  @Field(() => Int, { description: 'Held-out leads with a negative outcome.' })
  negatives!: number;
}

@ObjectType('CalibrationBand', { description: 'Predicted against observed rate in one fit-score band of held-out leads.' })
export class CalibrationBand {
  @Field(() => Int, { description: 'Lowest fit score of the band.' })
  low!: number;

  @Field(() => Int, { description: 'Highest fit score of the band, inclusive.' })
  high!: number;

  @Field(() => Int, { description: 'Held-out leads in the band.' })
  count!: number;

  @Field(() => Float, { nullable: true, description: 'Mean predicted probability, from 0 to 1; null for an empty band.' })
  meanPredicted!: number | null;

  @Field(() => Float, { nullable: true, description: 'Observed rate, from 0 to 1; null for an empty band.' })
  observedRate!: number | null;
}

@ObjectType('ScoreBand', { description: 'Leads, acceptance and conversion in one 10-point band of a score.' })
export class ScoreBand {
  @Field(() => Int, { description: 'Lowest score of the band.' })
  low!: number;

  @Field(() => Int, { description: 'Highest score of the band, inclusive.' })
  high!: number;

  @Field(() => Int, { description: 'Leads that arrived in the period.' })
  leads!: number;

  @Field(() => Int, { description: 'Of them, leads that reached MQL.' })
  mqls!: number;

  @Field(() => Int, { description: 'MQLs a rep accepted or rejected.' })
  decisions!: number;

  @Field(() => Int, { description: 'Of the decisions, acceptances.' })
  accepted!: number;

  @Field(() => Float, { nullable: true, description: 'accepted / decisions, from 0 to 1; null without decisions.' })
  acceptanceRate!: number | null;

  @Field(() => Int, { description: 'MQLs with a final outcome: reached OPPORTUNITY or left the funnel.' })
  resolved!: number;

  @Field(() => Int, { description: 'Of the resolved MQLs, those that reached OPPORTUNITY.' })
  converted!: number;

  @Field(() => Float, { nullable: true, description: 'converted / resolved, from 0 to 1; null without resolved MQLs.' })
  conversionRate!: number | null;
}

@ObjectType('CalibrationModel', { description: 'A logistic regression of one outcome on the fit and behaviour scores.' })
export class CalibrationModel {
  @Field(() => String, { description: 'ACCEPTANCE (MQL→SAL) or CONVERSION (MQL→OPPORTUNITY).' })
  outcome!: string;

  @Field(() => Int, { description: 'Leads the model was fitted on.' })
  trainingCount!: number;

  @Field(() => Int, { description: 'Leads held out to measure it, chosen by a hash of the lead id.' })
  heldOutCount!: number;

  @Field(() => Float, { description: 'Log-odds at fit 0 and behaviour 0.' })
  intercept!: number;

  @Field(() => Float, { description: 'Change in log-odds per fit-score point.' })
  fitCoefficient!: number;

  @Field(() => Float, { description: 'Standard error of fitCoefficient.' })
  fitStandardError!: number;

  @Field(() => Float, { description: 'Change in log-odds per behaviour-score point.' })
  behaviourCoefficient!: number;

  @Field(() => Float, { description: 'Standard error of behaviourCoefficient.' })
  behaviourStandardError!: number;

  @Field(() => CalibrationAuc, { description: 'Ranking quality on the held-out leads.' })
  auc!: CalibrationAuc;

  @Field(() => [CalibrationBand], { description: 'Predicted against observed rate per fit-score band of the held-out leads.' })
  calibration!: CalibrationBand[];
}

@ObjectType('FitWeightChange', { description: 'New points for one fit weight.' })
export class FitWeightChange {
  @Field(() => String, { description: 'The weight as score breakdowns name it, such as `industry is "Banking"`.' })
  weight!: string;

  @Field(() => Float, { description: 'Current points.' })
  from!: number;

  @Field(() => Int, { description: 'Proposed points.' })
  to!: number;
}

@ObjectType('CalibrationChange', { description: 'What a proposal changes in the governance model.' })
export class CalibrationChange {
  @Field(() => MotionEnum, { description: 'The motion whose thresholds change.' })
  motion!: Motion;

  @Field(() => Int, { nullable: true, description: 'New MQL fit threshold; null keeps the current one.' })
  fitThreshold!: number | null;

  @Field(() => Int, { nullable: true, description: 'New MQL intent (behaviour) threshold; null keeps the current one.' })
  intentThreshold!: number | null;

  @Field(() => [FitWeightChange], { description: 'Fit weights with new points. Fit weights apply to every motion.' })
  fitWeights!: FitWeightChange[];
}

@ObjectType('ProposalEffect', { description: 'MQL volume and predicted rates of one set of rules over the period’s leads.' })
export class ProposalEffect {
  @Field(() => Int, { description: 'MQL fit threshold.' })
  fitThreshold!: number;

  @Field(() => Int, { description: 'MQL intent threshold.' })
  intentThreshold!: number;

  @Field(() => Int, { description: 'Leads of the period that would have been MQL.' })
  mqlCount!: number;

  @Field(() => Float, { nullable: true, description: 'Predicted MQL→SAL rate of those MQLs, from 0 to 1.' })
  predictedAcceptanceRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Predicted MQL→OPPORTUNITY rate, from 0 to 1; null without a conversion model.' })
  predictedConversionRate!: number | null;
}

@ObjectType('CalibrationProposal', { description: 'A proposed governance change with its predicted effect. Nothing is applied until an admin publishes a draft.' })
export class CalibrationProposal {
  @Field(() => String, { description: 'Identifies the proposal; the same data gives the same id.' })
  id!: string;

  @Field(() => String, { description: 'THRESHOLDS or FIT_WEIGHTS.' })
  kind!: string;

  @Field(() => CalibrationChange, { description: 'The change to the model.' })
  change!: CalibrationChange;

  @Field(() => ProposalEffect, { description: 'The current rules over the period’s leads.' })
  current!: ProposalEffect;

  @Field(() => ProposalEffect, { description: 'The proposed rules over the same leads.' })
  proposed!: ProposalEffect;

  @Field(() => Int, { description: 'Leads that would be MQL under the proposal but never reached MQL, so their acceptance is extrapolated.' })
  extrapolatedLeads!: number;

  @Field(() => [String], { description: 'The proposal and its effect in plain sentences.' })
  explanation!: string[];
}

@ObjectType('CalibrationReport', { description: 'How well one motion’s scores predict acceptance and conversion, and what to change.' })
export class CalibrationReport {
  @Field(() => MotionEnum, { description: 'The motion.' })
  motion!: Motion;

  @Field(() => Int, { description: 'The published version the report was computed against.' })
  governanceVersion!: number;

  @Field(() => Date, { description: 'Start of the period, inclusive.' })
  periodStart!: Date;

  @Field(() => Date, { description: 'End of the period, exclusive.' })
  periodEnd!: Date;

  @Field(() => Int, { description: 'Current MQL fit threshold.' })
  fitThreshold!: number;

  @Field(() => Int, { description: 'Current MQL intent threshold.' })
  intentThreshold!: number;

  @Field(() => Int, { description: 'Leads of the motion that arrived in the period.' })
  leadCount!: number;

  @Field(() => Int, { description: 'Of them, leads that reached MQL.' })
  mqlCount!: number;

  @Field(() => Int, { description: 'MQLs a rep accepted or rejected.' })
  decisionCount!: number;

  @Field(() => Int, { description: 'Of the decisions, acceptances.' })
  acceptedCount!: number;

  @Field(() => Int, { description: 'MQLs with a final outcome.' })
  resolvedCount!: number;

  @Field(() => Int, { description: 'Of the resolved MQLs, those that reached OPPORTUNITY.' })
  convertedCount!: number;

  @Field(() => Int, { description: 'Minimum decisions before a model is fitted.' })
  minimumDecisions!: number;

  @Field(() => Int, { description: 'Minimum acceptances, and minimum rejections, before a model is fitted.' })
  minimumPerOutcome!: number;

  @Field(() => String, { nullable: true, description: 'The reason nothing is modelled or proposed, or null when the motion has enough outcomes.' })
  refusal!: string | null;

  @Field(() => CalibrationModel, { nullable: true, description: 'The acceptance model; null when refused.' })
  acceptance!: CalibrationModel | null;

  @Field(() => CalibrationModel, { nullable: true, description: 'The conversion model; null with too few final outcomes.' })
  conversion!: CalibrationModel | null;

  @Field(() => [ScoreBand], { description: 'Acceptance and conversion per 10-point fit-score band.' })
  fitBands!: ScoreBand[];

  @Field(() => [ScoreBand], { description: 'Acceptance and conversion per 10-point behaviour-score band.' })
  behaviourBands!: ScoreBand[];

  @Field(() => [CalibrationProposal], { description: 'Proposed changes; empty when refused or when nothing should change.' })
  proposals!: CalibrationProposal[];

  @Field(() => [String], { description: 'Reasons that a model or a proposal is missing.' })
  notes!: string[];
}

@InputType('FitWeightChangeInput', { description: 'New points for one fit weight.' })
export class FitWeightChangeInput {
  @Field(() => String, { description: 'The weight as score breakdowns name it, such as `industry is "Banking"`.' })
  weight!: string;

  @IsInt({ message: 'to must be whole points from -100 to 100' })
  @Min(-100, { message: 'to must be whole points from -100 to 100' })
  @Max(100, { message: 'to must be whole points from -100 to 100' })
  @Field(() => Int, { description: 'New points, from -100 to 100.' })
  to!: number;
}

@InputType('CalibrationChangeInput', { description: 'A proposal’s change, as calibrationReport returned it, possibly edited.' })
export class CalibrationChangeInput {
  @Min(0, { message: 'fitThreshold must be whole points from 0 to 100' })
  @Max(100, { message: 'fitThreshold must be whole points from 0 to 100' })
  @Field(() => Int, { nullable: true, description: 'New MQL fit threshold, 0 to 100; null keeps the current one.' })
  fitThreshold?: number | null;

  @Min(0, { message: 'intentThreshold must be whole points from 0 to 100' })
  @Max(100, { message: 'intentThreshold must be whole points from 0 to 100' })
  @Field(() => Int, { nullable: true, description: 'New MQL intent threshold, 0 to 100; null keeps the current one.' })
  intentThreshold?: number | null;

  @Field(() => [FitWeightChangeInput], { defaultValue: [], description: 'Fit weights with new points.' })
  fitWeights!: FitWeightChangeInput[];
}

@ArgsType()
export class CreateDraftFromCalibrationArgs {
  @Field(() => MotionEnum, { description: 'The motion the proposal is for.' })
  motion!: Motion;

  @Field(() => String, { nullable: true, description: 'A proposal id from calibrationReport(motion); recomputed now. Give this or change.' })
  proposalId?: string | null;

  @Field(() => CalibrationChangeInput, { nullable: true, description: 'The change itself. Give this or proposalId.' })
  change?: CalibrationChangeInput | null;

  @Min(1, { message: `days must be from 1 to ${MAX_CALIBRATION_DAYS}` })
  @Max(MAX_CALIBRATION_DAYS, { message: `days must be from 1 to ${MAX_CALIBRATION_DAYS}` })
  @Field(() => Int, {
    defaultValue: DEFAULT_CALIBRATION_REPORT_DAYS,
    description: 'With proposalId: the period of the report the proposal came from, in days.',
  })
  days!: number;
}
