import { checkStageEntry } from './check-lead-action';
import { chooseRoutingRule } from './choose-route';
import { Motion, Stage, type GovernanceModel, type MotionDefinition, type StageDefinition } from './model';
import { selectSlaPolicy } from './select-sla-policy';
import type { GovernanceSimulationInput, GovernanceSimulation, ModelTally, SimulatedOutcomes, SimulationLead } from './simulation-types';
import { summarizeSimulation } from './summarize-simulation';

export type {
  GovernanceSimulation,
  GovernanceSimulationInput,
  SimulatedLoad,
  SimulatedMotion,
  SimulatedOutcomes,
  SimulationLead,
  SimulationMember,
  SimulationOutcome,
} from './simulation-types';

const MOTIONS = Object.values(Motion);

/** Lookups built once per model, so the per-lead loop only reads arrays and maps. */
interface CompiledModel {
  model: GovernanceModel;
  mqlStage: StageDefinition | null;
  motionByKey: Map<Motion, MotionDefinition>;
  salSecondsByMotion: Map<Motion, number>;
  sqlSecondsByMotion: Map<Motion, number>;
  poolIndexByKey: Map<string, number>;
}

function targetSecondsByMotion(model: GovernanceModel, stage: Stage): Map<Motion, number> {
  return new Map(MOTIONS.map((motion) => [motion, selectSlaPolicy(model, stage, motion)?.targetSeconds ?? 0]));
}

function compileModel(model: GovernanceModel): CompiledModel {
  const poolIndexByKey = new Map<string, number>();
  model.routingPools.forEach((pool, index) => {
    if (!poolIndexByKey.has(pool.key)) {
      poolIndexByKey.set(pool.key, index);
    }
  });

  return {
    model,
    mqlStage: model.stages.find((definition) => definition.stage === Stage.Mql) ?? null,
    motionByKey: new Map(model.motions.map((motion) => [motion.motion, motion])),
    salSecondsByMotion: targetSecondsByMotion(model, Stage.Sal),
    sqlSecondsByMotion: targetSecondsByMotion(model, Stage.Sql),
    poolIndexByKey,
  };
}

function emptyTally(compiled: CompiledModel): ModelTally {
  return {
    mqlByMotion: new Map(MOTIONS.map((motion) => [motion, 0])),
    mqlByPool: compiled.model.routingPools.map(() => 0),
    unroutedMql: 0,
    salSeconds: 0,
    sqlSeconds: 0,
  };
}

function isMql(lead: SimulationLead, compiled: CompiledModel): boolean {
  if (compiled.mqlStage === null) {
    return false;
  }

  const entry = checkStageEntry(lead, compiled.mqlStage, compiled.motionByKey.get(lead.motion) ?? null);

  return entry.criteriaMet && entry.requiredMissing.length === 0;
}

function countMql(lead: SimulationLead, compiled: CompiledModel, tally: ModelTally): void {
  tally.mqlByMotion.set(lead.motion, (tally.mqlByMotion.get(lead.motion) ?? 0) + 1);
  tally.salSeconds += compiled.salSecondsByMotion.get(lead.motion) ?? 0;
  if (lead.outcome === 'ACCEPTED' || lead.outcome === 'WON') {
    tally.sqlSeconds += compiled.sqlSecondsByMotion.get(lead.motion) ?? 0;
  }

  const rule = chooseRoutingRule(lead, compiled.model.routingRules, compiled.model.motions).rule;
  const poolIndex = rule === null ? undefined : compiled.poolIndexByKey.get(rule.poolKey);
  if (poolIndex === undefined) {
    tally.unroutedMql += 1;
  } else {
    tally.mqlByPool[poolIndex] = (tally.mqlByPool[poolIndex] ?? 0) + 1;
  }
}

function countOutcomes(outcomes: SimulatedOutcomes, lead: SimulationLead, baselineMql: boolean, draftMql: boolean): void {
  switch (lead.outcome) {
    case 'ACCEPTED':
      outcomes.acceptedTotal += 1;
      outcomes.acceptedKeptOut += baselineMql && !draftMql ? 1 : 0;
      break;
    case 'WON':
      outcomes.wonTotal += 1;
      outcomes.wonKeptOut += baselineMql && !draftMql ? 1 : 0;
      break;
    case 'REJECTED':
      outcomes.rejectedTotal += 1;
      outcomes.rejectedLetIn += draftMql && !baselineMql ? 1 : 0;
      break;
    default:
      break;
  }
}

/**
 * Replays leads through a baseline and a draft model and compares what each would do. A lead is an
 * MQL when it has the MQL stage's required fields and meets its entry criteria with the thresholds
 * of the lead's motion. The result counts MQLs per motion, rep and team, the SLA hours they would
 * arm, and the accepted, won and rejected leads that the draft treats differently. Model lookups are
 * built once, and each lead costs two stage checks plus, for an MQL, one routing rule choice per model.
 *
 * NOTE: every pool member counts as eligible and under `maxOpenLeadsPerRep`, because the leads
 * carry no history of absences or open load, so rep load shows the split a full team would get.
 */
export function simulateGovernance(input: GovernanceSimulationInput): GovernanceSimulation {
  const baselineModel = compileModel(input.baseline);
  const draftModel = compileModel(input.draft);
  const baseline = emptyTally(baselineModel);
  const draft = emptyTally(draftModel);
  const leadsByMotion = new Map<Motion, number>(MOTIONS.map((motion) => [motion, 0]));
  const outcomes: SimulatedOutcomes = {
    acceptedKeptOut: 0,
    wonKeptOut: 0,
    rejectedLetIn: 0,
    acceptedTotal: 0,
    wonTotal: 0,
    rejectedTotal: 0,
  };

  for (const lead of input.leads) {
    leadsByMotion.set(lead.motion, (leadsByMotion.get(lead.motion) ?? 0) + 1);

    const baselineMql = isMql(lead, baselineModel);
    const draftMql = isMql(lead, draftModel);
    if (baselineMql) {
      countMql(lead, baselineModel, baseline);
    }
    if (draftMql) {
      countMql(lead, draftModel, draft);
    }

    countOutcomes(outcomes, lead, baselineMql, draftMql);
  }

  return summarizeSimulation(input, { baseline, draft }, leadsByMotion, outcomes);
}
