import type { GovernanceModel, Motion, MotionDefinition } from '../model';
import type {
  CalibrationChange,
  CalibrationLead,
  CalibrationOptions,
  CalibrationProposal,
  CalibrationReport,
  OutcomeModelReport,
  ProposalEffect,
} from './calibration-types';
import { fitOutcomeModel, scoreInputs, type FittedOutcomeModel } from './fit-outcome-model';
import { predictProbability } from './logistic-regression';
import { estimateFitWeights } from './propose-fit-weights';
import { ThresholdGrid, type ThresholdRegion } from './propose-thresholds';
import { tabulateScoreBands } from './score-bands';

/**
 * Minimum accept or reject decisions per motion before calibration proposes anything. The held-out
 * fifth then leaves about 40 decisions to measure the model on. With at least 40 acceptances and 40
 * rejections, the two-input model has well over 10 events per input, a common rule of thumb for
 * stable logistic regression coefficients.
 */
export const MIN_CALIBRATION_DECISIONS = 200;
/** Minimum acceptances, and minimum rejections, per motion before calibration proposes anything. */
export const MIN_CALIBRATION_PER_OUTCOME = 40;
const DEFAULT_TARGET_ACCEPTANCE = 0.5;
/** A score's threshold moves only when its coefficient is this many standard errors from 0 (two-sided 95%). */
const SIGNIFICANT_Z = 1.96;
/**
 * ...and when 100 points of the score change the log-odds by at least this much (an odds ratio of
 * about 1.65), because with tens of thousands of decisions a negligible effect is still significant.
 */
const MIN_FULL_RANGE_LOG_ODDS = 0.5;

export interface CalibrationInput {
  motion: Motion;
  /** The model the proposals change, normally the published one. */
  model: GovernanceModel;
  /** Every lead of the motion that arrived in the period, whatever its stage. */
  leads: readonly CalibrationLead[];
  /** A label for the period in explanations, such as `the 180 days to 2026-12-04`. */
  periodLabel: string;
  options?: CalibrationOptions;
}

/**
 * Calibrates one motion's MQL rules against its closed outcomes.
 *
 * Two views of the same history are built. The score-band tables count acceptance and conversion
 * per 10-point band of each score. They are easy to read, but they need many leads per band and
 * look at one score at a time. The logistic regressions of acceptance and of conversion on both scores
 * drive the proposals, because they use every decision at once, weigh fit against behaviour, give
 * a predicted rate for any pair of thresholds (the tables only for whole bands) and come with
 * standard errors that say when a score does not predict anything. Each model is fitted on four
 * fifths of the leads and measured (AUC, predicted against observed per band) on the held-out fifth.
 *
 * NOTE: only leads that reached MQL were ever accepted or rejected, so for thresholds below the
 * historical ones the predicted acceptance is an extrapolation, and each proposal counts those leads.
 * The fit scores are the ones stored on the leads, computed with the fit weights of their time.
 */
export function calibrateMotion(input: CalibrationInput): CalibrationReport {
  const { motion, model, leads } = input;
  const definition = findMotion(model, motion);
  const minimumDecisions = input.options?.minimumDecisions ?? MIN_CALIBRATION_DECISIONS;
  const minimumPerOutcome = input.options?.minimumPerOutcome ?? MIN_CALIBRATION_PER_OUTCOME;
  const target = input.options?.targetAcceptance ?? DEFAULT_TARGET_ACCEPTANCE;
  if (!(target > 0 && target < 1)) {
    throw new Error(`targetAcceptance ${target} is outside (0, 1); pass a probability such as 0.5`);
  }

  const mqls = leads.filter((lead) => lead.reachedMql);
  const decided = mqls.filter((lead) => lead.accepted !== null);
  const accepted = decided.filter((lead) => lead.accepted === true).length;
  const resolved = mqls.filter((lead) => lead.converted !== null);
  const converted = resolved.filter((lead) => lead.converted === true).length;

  const report: CalibrationReport = {
    motion,
    fitThreshold: definition.fitThreshold,
    intentThreshold: definition.intentThreshold,
    leadCount: leads.length,
    mqlCount: mqls.length,
    decisionCount: decided.length,
    acceptedCount: accepted,
    resolvedCount: resolved.length,
    convertedCount: converted,
    minimumDecisions,
    minimumPerOutcome,
    refusal: null,
    acceptance: null,
    conversion: null,
    fitBands: tabulateScoreBands(leads, (lead) => lead.fitScore),
    behaviourBands: tabulateScoreBands(leads, (lead) => lead.behaviourScore),
    proposals: [],
    notes: [],
  };

  const rejected = decided.length - accepted;
  if (decided.length < minimumDecisions || accepted < minimumPerOutcome || rejected < minimumPerOutcome) {
    report.refusal =
      `${definition.label} has ${decided.length} accept or reject ${decided.length === 1 ? 'decision' : 'decisions'} in ${input.periodLabel} ` +
      `(${accepted} accepted, ${rejected} rejected). Calibration needs at least ${minimumDecisions} decisions, ` +
      `with at least ${minimumPerOutcome} of each, before it fits a model or proposes a change.`;

    return report;
  }

  const acceptance = fitOutcomeModel(leads, 'ACCEPTANCE', (lead) => (lead.reachedMql ? lead.accepted : null));
  report.acceptance = acceptance.report;

  const conversion = fitConversionModel(leads, resolved.length, converted, minimumDecisions, minimumPerOutcome);
  report.conversion = conversion.fitted?.report ?? null;
  report.notes.push(...conversion.notes);

  const thresholds = proposeThresholds(input, definition, acceptance, conversion.fitted, target);
  report.notes.push(...thresholds.notes);
  if (thresholds.proposal !== null) {
    report.proposals.push(thresholds.proposal);
  }

  const weights = proposeFitWeights(input, definition, acceptance);
  report.notes.push(...weights.notes);
  if (weights.proposal !== null) {
    report.proposals.push(weights.proposal);
  }

  return report;
}

function findMotion(model: GovernanceModel, motion: Motion): MotionDefinition {
  const definition = model.motions.find((candidate) => candidate.motion === motion);
  if (definition === undefined) {
    throw new Error(`motion ${motion} is not defined in the governance model; choose one of ${model.motions.map((m) => m.motion).join(', ')}`);
  }

  return definition;
}

function fitConversionModel(
  leads: readonly CalibrationLead[],
  resolved: number,
  converted: number,
  minimumDecisions: number,
  minimumPerOutcome: number,
): { fitted: FittedOutcomeModel | null; notes: string[] } {
  const notConverted = resolved - converted;
  if (resolved < minimumDecisions || converted < minimumPerOutcome || notConverted < minimumPerOutcome) {
    return {
      fitted: null,
      notes: [
        `${resolved} MQLs have a final outcome (${converted} reached Opportunity, ${notConverted} left the funnel). ` +
          `A conversion model needs at least ${minimumDecisions}, with at least ${minimumPerOutcome} of each, so proposals predict acceptance only.`,
      ],
    };
  }

  return { fitted: fitOutcomeModel(leads, 'CONVERSION', (lead) => (lead.reachedMql ? lead.converted : null)), notes: [] };
}

function isSignificantlyPositive(coefficient: number, standardError: number): boolean {
  return coefficient / standardError >= SIGNIFICANT_Z && coefficient * 100 >= MIN_FULL_RANGE_LOG_ODDS;
}

function describeCoefficient(name: string, report: OutcomeModelReport, coefficient: number, standardError: number): string {
  return (
    `The ${name} score does not raise the predicted acceptance significantly or by a useful amount ` +
    `(${coefficient.toFixed(4)} log-odds per point, standard error ${standardError.toFixed(4)}, from ${report.trainingCount} decisions), ` +
    `so its threshold stays as it is.`
  );
}

function proposeThresholds(
  input: CalibrationInput,
  definition: MotionDefinition,
  acceptance: FittedOutcomeModel,
  conversion: FittedOutcomeModel | null,
  target: number,
): { proposal: CalibrationProposal | null; notes: string[] } {
  const { report } = acceptance;
  const notes: string[] = [];
  const fitMatters = isSignificantlyPositive(report.fitCoefficient, report.fitStandardError);
  const intentMatters = isSignificantlyPositive(report.behaviourCoefficient, report.behaviourStandardError);
  if (!fitMatters) {
    notes.push(describeCoefficient('fit', report, report.fitCoefficient, report.fitStandardError));
  }
  if (!intentMatters) {
    notes.push(describeCoefficient('behaviour', report, report.behaviourCoefficient, report.behaviourStandardError));
  }
  if (!fitMatters && !intentMatters) {
    return { proposal: null, notes };
  }

  const grid = new ThresholdGrid(
    input.leads.map((lead) => ({
      lead,
      acceptance: predictProbability(acceptance.model, scoreInputs(lead)),
      conversion: conversion === null ? null : predictProbability(conversion.model, scoreInputs(lead)),
    })),
  );
  const current = { fitThreshold: definition.fitThreshold, intentThreshold: definition.intentThreshold };
  const chosen = grid.chooseThresholds(target, current, { fit: !fitMatters, intent: !intentMatters });
  if (chosen.fitThreshold === current.fitThreshold && chosen.intentThreshold === current.intentThreshold) {
    notes.push(
      `The current thresholds (fit ${current.fitThreshold}, intent ${current.intentThreshold}) already admit the leads predicted to be accepted at least ${percent(target)} of the time, so no threshold change is proposed.`,
    );

    return { proposal: null, notes };
  }

  const currentRegion = grid.region(current.fitThreshold, current.intentThreshold);
  const proposedRegion = grid.region(chosen.fitThreshold, chosen.intentThreshold);
  const change: CalibrationChange = {
    motion: input.motion,
    fitThreshold: chosen.fitThreshold === current.fitThreshold ? null : chosen.fitThreshold,
    intentThreshold: chosen.intentThreshold === current.intentThreshold ? null : chosen.intentThreshold,
    fitWeights: [],
  };
  const explanation = [
    describeThresholdChange(definition, chosen),
    describeVolume(input, currentRegion, proposedRegion),
    describeAcceptance(currentRegion, proposedRegion, conversion !== null),
    `The thresholds are the pair that admits the most leads predicted to be accepted at least ${percent(target)} of the time and the fewest predicted to fall below that, across last period's leads.`,
    ...describeExtrapolation(proposedRegion.neverMql),
  ];

  return {
    proposal: {
      id: `THRESHOLDS:${input.motion}:fit-${chosen.fitThreshold}:intent-${chosen.intentThreshold}`,
      kind: 'THRESHOLDS',
      change,
      current: toEffect(current, currentRegion),
      proposed: toEffect(chosen, proposedRegion),
      extrapolatedLeads: proposedRegion.neverMql,
      explanation,
    },
    notes,
  };
}

function proposeFitWeights(
  input: CalibrationInput,
  definition: MotionDefinition,
  acceptance: FittedOutcomeModel,
): { proposal: CalibrationProposal | null; notes: string[] } {
  const { report } = acceptance;
  if (!isSignificantlyPositive(report.fitCoefficient, report.fitStandardError)) {
    return { proposal: null, notes: ['Fit weights are not re-estimated, because the fit score itself does not predict acceptance significantly.'] };
  }

  const estimate = estimateFitWeights(input.leads, input.model.scoring.fitWeights, report.fitCoefficient);
  const notes = [...estimate.notes];
  const scoreAuc = report.auc.auc;
  if (notes.length > 0) {
    return { proposal: null, notes };
  }
  if (estimate.changes.length === 0) {
    notes.push('No fit weight is worth significantly more or fewer points than it has now, so no fit-weight change is proposed.');

    return { proposal: null, notes };
  }
  if (estimate.heldOutAuc === null || scoreAuc === null || estimate.heldOutAuc <= scoreAuc) {
    notes.push(
      `Re-weighted fit points would not rank held-out leads better than the current fit score (AUC ${formatAuc(estimate.heldOutAuc)} against ${formatAuc(scoreAuc)}), so no fit-weight change is proposed.`,
    );

    return { proposal: null, notes };
  }

  const thresholds = { fitThreshold: definition.fitThreshold, intentThreshold: definition.intentThreshold };
  const currentRegion = summariseRegion(input.leads, thresholds, (lead) => lead.fitScore, estimate.predict);
  const proposedRegion = summariseRegion(input.leads, thresholds, estimate.rescore, estimate.predict);
  const change: CalibrationChange = { motion: input.motion, fitThreshold: null, intentThreshold: null, fitWeights: estimate.changes };
  const explanation = [
    `Change the points of ${estimate.changes.length} fit weight${estimate.changes.length === 1 ? '' : 's'}: ` +
      estimate.changes.map((weightChange) => `${weightChange.weight} from ${weightChange.from} to ${weightChange.to}`).join('; ') +
      '.',
    `Each new value is the acceptance that matching the weight added in ${definition.label.toLowerCase()} decisions, converted to points at ${estimate.logOddsPerPoint.toFixed(4)} log-odds per point (from ${estimate.scaleSource}).`,
    `With the new points the held-out AUC is ${formatAuc(estimate.heldOutAuc)} against ${formatAuc(scoreAuc)} for the current fit score.`,
    describeVolume(input, currentRegion, proposedRegion),
    describeAcceptance(currentRegion, proposedRegion, false),
    'Fit weights are shared by every motion, so this change also moves the fit scores of leads in other motions; simulate the draft before publishing it.',
    ...describeExtrapolation(proposedRegion.neverMql),
  ];

  return {
    proposal: {
      id: `FIT_WEIGHTS:${input.motion}:${hashText(JSON.stringify(estimate.changes))}`,
      kind: 'FIT_WEIGHTS',
      change,
      current: toEffect(thresholds, currentRegion),
      proposed: toEffect(thresholds, proposedRegion),
      extrapolatedLeads: proposedRegion.neverMql,
      explanation,
    },
    notes,
  };
}

function summariseRegion(
  leads: readonly CalibrationLead[],
  thresholds: { fitThreshold: number; intentThreshold: number },
  fitScore: (lead: CalibrationLead) => number,
  predict: (lead: CalibrationLead) => number,
): ThresholdRegion {
  const admitted = leads.filter((lead) => fitScore(lead) >= thresholds.fitThreshold && lead.behaviourScore >= thresholds.intentThreshold);
  const predicted = admitted.reduce((sum, lead) => sum + predict(lead), 0);

  return {
    mqlCount: admitted.length,
    predictedAcceptanceRate: admitted.length === 0 ? null : predicted / admitted.length,
    predictedConversionRate: null,
    neverMql: admitted.filter((lead) => !lead.reachedMql).length,
  };
}

function toEffect(thresholds: { fitThreshold: number; intentThreshold: number }, region: ThresholdRegion): ProposalEffect {
  return {
    fitThreshold: thresholds.fitThreshold,
    intentThreshold: thresholds.intentThreshold,
    mqlCount: region.mqlCount,
    predictedAcceptanceRate: region.predictedAcceptanceRate,
    predictedConversionRate: region.predictedConversionRate,
  };
}

function describeThresholdChange(definition: MotionDefinition, chosen: { fitThreshold: number; intentThreshold: number }): string {
  const move = (name: string, from: number, to: number): string =>
    from === to ? `keep the ${name} threshold at ${from}` : `${to > from ? 'raise' : 'lower'} the ${name} threshold from ${from} to ${to}`;
  const fit = move('fit', definition.fitThreshold, chosen.fitThreshold);

  return `For ${definition.label.toLowerCase()} leads, ${fit} and ${move('intent', definition.intentThreshold, chosen.intentThreshold)}.`;
}

function describeVolume(input: CalibrationInput, current: ThresholdRegion, proposed: ThresholdRegion): string {
  return (
    `Of the ${input.leads.length} leads that arrived in ${input.periodLabel}, ${proposed.mqlCount} would have been MQL ` +
    `under the proposal instead of ${current.mqlCount} under the current rules.`
  );
}

function describeAcceptance(current: ThresholdRegion, proposed: ThresholdRegion, withConversion: boolean): string {
  const acceptance = `The model predicts that ${percent(proposed.predictedAcceptanceRate)} of those MQLs would be accepted, against ${percent(current.predictedAcceptanceRate)} now`;
  if (!withConversion) {
    return `${acceptance}.`;
  }

  return `${acceptance}, and that ${percent(proposed.predictedConversionRate)} would reach Opportunity, against ${percent(current.predictedConversionRate)} now.`;
}

function describeExtrapolation(neverMql: number): string[] {
  if (neverMql === 0) {
    return [];
  }

  return [
    `${neverMql} of these leads never reached MQL, so no rep ever judged them; their predicted acceptance extends the model beyond the scores it was fitted on.`,
  ];
}

function percent(rate: number | null): string {
  if (rate !== null && Number.isInteger(rate * 100)) {
    return `${rate * 100}%`;
  }

  return rate === null ? 'no' : `${(rate * 100).toFixed(1)}%`;
}

function formatAuc(auc: number | null): string {
  return auc === null ? 'unknown' : auc.toFixed(3);
}

/** FNV-1a (32 bit) as 8 hex digits, for short deterministic proposal ids. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }

  return hash.toString(16).padStart(8, '0');
}
