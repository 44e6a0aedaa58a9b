import { buildDefaultGovernanceModel } from './default-model';
import { makeLead } from './lead.fixture';
import { Motion, RoutingStrategy, Stage, type GovernanceModel, type LeadAttributes, type StageDefinition } from './model';
import { simulateGovernance, type SimulationLead, type SimulationMember, type SimulationOutcome } from './simulate-governance';

const HOUR = 3600;

const TEAMS = [
  { key: 'sales-emea', label: 'Sales EMEA' },
  { key: 'sales-americas', label: 'Sales Americas' },
];

const MEMBERS: SimulationMember[] = [
  { id: 'a', name: 'Ana', teamKey: 'sales-emea' },
  { id: 'b', name: 'Bo', teamKey: 'sales-emea' },
  { id: 'c', name: 'Cy', teamKey: 'sales-americas' },
  { id: 'd', name: 'Dee', teamKey: 'sales-americas' },
  { id: 'e', name: 'Eve, in no pool', teamKey: 'sales-emea' },
];

/** Default funnel: MQL needs industry, country and title, SAL runs 1 business hour and SQL 40. */
function baselineModel(): GovernanceModel {
  return buildDefaultGovernanceModel({
    teams: TEAMS,
    pools: [
      { key: 'emea', label: 'EMEA', teamKey: 'sales-emea', memberIds: ['a', 'b'] },
      { key: 'americas', label: 'Americas', teamKey: 'sales-americas', memberIds: ['c'] },
    ],
  });
}

function stageOf(model: GovernanceModel, stage: Stage): StageDefinition {
  const definition = model.stages.find((candidate) => candidate.stage === stage);
  if (definition === undefined) {
    throw new Error(`stage ${stage} missing`);
  }

  return definition;
}

function motionOf(model: GovernanceModel, motion: Motion) {
  const definition = model.motions.find((candidate) => candidate.motion === motion);
  if (definition === undefined) {
    throw new Error(`motion ${motion} missing`);
  }

  return definition;
}

/**
 * The draft raises the inbound fit threshold from 60 to 70, lowers the partner fit threshold from
 * 50 to 40, shortens the SAL target to 45 minutes with 2 hours for partner leads, and adds rep d to
 * the Americas pool with weights c 2, d 1.
 */
function draftModel(): GovernanceModel {
  const model = baselineModel();
  motionOf(model, Motion.Inbound).fitThreshold = 70;
  motionOf(model, Motion.Partner).fitThreshold = 40;

  const sal = stageOf(model, Stage.Sal);
  const policy = sal.sla.default;
  if (policy === null) {
    throw new Error('the default model has an SAL SLA');
  }
  policy.targetSeconds = 2700;
  sal.sla[Motion.Partner] = { ...policy, targetSeconds: 2 * HOUR };

  const americas = model.routingPools[1];
  if (americas === undefined) {
    throw new Error('the model has two pools');
  }
  Object.assign(americas, { memberIds: ['c', 'd'], strategy: RoutingStrategy.Weighted, weights: { c: 2 } });

  return model;
}

function lead(outcome: SimulationOutcome, overrides: Partial<LeadAttributes>): SimulationLead {
  return { ...makeLead({ industry: 'Banking', title: 'CFO', ...overrides }), outcome };
}

/**
 * Ten leads, with each model's verdict. Inbound needs fit 60/70 (baseline/draft) and intent 40,
 * outbound 50 and 20, partner 50/40 and 30, product-led 40 and 60, account-based 70 and 10.
 */
const LEADS: SimulationLead[] = [
  // 1: baseline MQL, draft not (65 < 70); EMEA.
  lead('ACCEPTED', { motion: Motion.Inbound, fitScore: 65, behaviourScore: 50, country: 'DE' }),
  // 2: MQL in both; Americas.
  lead('WON', { motion: Motion.Inbound, fitScore: 80, behaviourScore: 50, country: 'US' }),
  // 3: baseline MQL, draft not (62 < 70); EMEA.
  lead('WON', { motion: Motion.Inbound, fitScore: 62, behaviourScore: 45, country: 'FR' }),
  // 4: MQL in both; Americas.
  lead('REJECTED', { motion: Motion.Outbound, fitScore: 55, behaviourScore: 25, country: 'US' }),
  // 5: MQL in neither (40 < 50).
  lead('REJECTED', { motion: Motion.Outbound, fitScore: 40, behaviourScore: 30, country: 'US' }),
  // 6: MQL in neither, because the title is missing.
  lead('OPEN', { motion: Motion.Inbound, fitScore: 90, behaviourScore: 90, country: 'DE', title: null }),
  // 7: MQL in both; Americas.
  lead('OPEN', { motion: Motion.Partner, fitScore: 60, behaviourScore: 35, country: 'JP' }),
  // 8: draft MQL only (40 ≤ 45 < 50); EMEA.
  lead('REJECTED', { motion: Motion.Partner, fitScore: 45, behaviourScore: 35, country: 'DE' }),
  // 9: MQL in neither, because the country is missing.
  lead('DISQUALIFIED', { motion: Motion.ProductLed, fitScore: 50, behaviourScore: 70, country: null }),
  // 10: MQL in both; EMEA.
  lead('ACCEPTED', { motion: Motion.AccountBased, fitScore: 75, behaviourScore: 15, country: 'GB' }),
];

describe('simulateGovernance', () => {
  const result = simulateGovernance({ baseline: baselineModel(), draft: draftModel(), leads: LEADS, members: MEMBERS });

  it('counts the leads', () => {
    expect(result.leadCount).toBe(10);
  });

  it('counts MQLs per motion', () => {
    expect(result.motions).toEqual([
      // Leads 1, 2, 3, 6; baseline MQLs 1, 2, 3; draft MQL 2.
      { motion: Motion.Inbound, leadCount: 4, baselineMql: 3, draftMql: 1 },
      // Leads 4, 5; MQL 4 in both.
      { motion: Motion.Outbound, leadCount: 2, baselineMql: 1, draftMql: 1 },
      // Leads 7, 8; baseline MQL 7; draft MQLs 7, 8.
      { motion: Motion.Partner, leadCount: 2, baselineMql: 1, draftMql: 2 },
      { motion: Motion.ProductLed, leadCount: 1, baselineMql: 0, draftMql: 0 },
      { motion: Motion.AccountBased, leadCount: 1, baselineMql: 1, draftMql: 1 },
    ]);
  });

  it('splits MQLs over reps by pool strategy', () => {
    // Baseline EMEA MQLs 1, 3, 10 go round robin to a, b, a; Americas MQLs 2, 4, 7 all go to c.
    // Draft EMEA MQLs 8, 10 go to a, b; Americas MQLs 2, 4, 7 fill the weighted cycle c, c, d.
    expect(result.repLoad).toEqual([
      { key: 'a', label: 'Ana', baseline: 2, draft: 1 },
      { key: 'b', label: 'Bo', baseline: 1, draft: 1 },
      { key: 'c', label: 'Cy', baseline: 3, draft: 2 },
      { key: 'd', label: 'Dee', baseline: 0, draft: 1 },
    ]);
  });

  it('sums MQLs per team', () => {
    expect(result.teamLoad).toEqual([
      { key: 'sales-emea', label: 'Sales EMEA', baseline: 2 + 1, draft: 1 + 1 },
      { key: 'sales-americas', label: 'Sales Americas', baseline: 3 + 0, draft: 2 + 1 },
    ]);
  });

  it('sums SLA hours per stage', () => {
    // SAL: baseline 6 MQLs at 1 hour; draft 3 MQLs at 45 minutes and partner MQLs 7, 8 at 2 hours.
    // SQL: ACCEPTED or WON MQLs at 40 hours, baseline 1, 2, 3, 10 and draft 2, 10.
    const draftSalHours = Math.round((3 * 2700 + 2 * 2 * HOUR) / HOUR);

    expect(draftSalHours).toBe(6);
    expect(result.slaLoad).toEqual([
      { key: 'SAL', label: 'SAL', baseline: 6, draft: draftSalHours },
      { key: 'SQL', label: 'SQL', baseline: 4 * 40, draft: 2 * 40 },
    ]);
  });

  it('compares outcomes', () => {
    expect(result.outcomes).toEqual({
      acceptedKeptOut: 1, // lead 1
      wonKeptOut: 1, // lead 3
      rejectedLetIn: 1, // lead 8
      acceptedTotal: 2, // leads 1, 10
      wonTotal: 2, // leads 2, 3
      rejectedTotal: 3, // leads 4, 5, 8
    });
  });

  it('routes every MQL', () => {
    expect(result.unroutedMql).toEqual({ baseline: 0, draft: 0 });
  });
});

describe('simulateGovernance edge cases', () => {
  const mqlLead = (country: string | null, outcome: SimulationOutcome = 'OPEN'): SimulationLead =>
    lead(outcome, { motion: Motion.Inbound, fitScore: 80, behaviourScore: 80, country });

  it('returns zero rows for no leads', () => {
    const result = simulateGovernance({ baseline: baselineModel(), draft: baselineModel(), leads: [], members: MEMBERS });

    expect(result.leadCount).toBe(0);
    expect(result.motions.every((row) => row.leadCount === 0 && row.baselineMql === 0 && row.draftMql === 0)).toBe(true);
    expect(result.repLoad.map((row) => [row.key, row.baseline, row.draft])).toEqual([
      ['a', 0, 0],
      ['b', 0, 0],
      ['c', 0, 0],
    ]);
    expect(result.slaLoad.map((row) => [row.baseline, row.draft])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('counts MQLs that no rule routes', () => {
    const draft = baselineModel();
    draft.routingRules.pop();

    const result = simulateGovernance({
      baseline: baselineModel(),
      draft,
      leads: [mqlLead('US'), mqlLead('DE')],
      members: MEMBERS,
    });

    expect(result.unroutedMql).toEqual({ baseline: 0, draft: 1 });
    expect(result.teamLoad.map((row) => [row.key, row.baseline, row.draft])).toEqual([
      ['sales-emea', 1, 1],
      ['sales-americas', 1, 0],
    ]);
  });

  it('gives a memberless pool load to its team', () => {
    const draft = baselineModel();
    const americas = draft.routingPools[1];
    if (americas === undefined) {
      throw new Error('the model has two pools');
    }
    americas.memberIds = [];

    const result = simulateGovernance({ baseline: baselineModel(), draft, leads: [mqlLead('US'), mqlLead('CA')], members: MEMBERS });

    expect(result.repLoad.find((row) => row.key === 'c')).toEqual({ key: 'c', label: 'Cy', baseline: 2, draft: 0 });
    expect(result.teamLoad.find((row) => row.key === 'sales-americas')).toEqual({
      key: 'sales-americas',
      label: 'Sales Americas',
      baseline: 2,
      draft: 2,
    });
  });

  it('labels unknown reps and teams by key', () => {
    const draft = baselineModel();
    const emea = draft.routingPools[0];
    if (emea === undefined) {
      throw new Error('the model has two pools');
    }
    emea.memberIds = ['x'];
    emea.teamKey = 'partners';

    const result = simulateGovernance({ baseline: baselineModel(), draft, leads: [mqlLead('DE')], members: MEMBERS });

    expect(result.repLoad.find((row) => row.key === 'x')).toEqual({ key: 'x', label: 'x', baseline: 0, draft: 1 });
    expect(result.teamLoad.find((row) => row.key === 'partners')).toEqual({ key: 'partners', label: 'partners', baseline: 0, draft: 1 });
  });

  it('finds no MQL without an MQL stage', () => {
    const draft = baselineModel();
    draft.stages = draft.stages.filter((definition) => definition.stage !== Stage.Mql);

    const result = simulateGovernance({ baseline: baselineModel(), draft, leads: [mqlLead('DE', 'WON')], members: MEMBERS });

    expect(result.motions[0]).toEqual({ motion: Motion.Inbound, leadCount: 1, baselineMql: 1, draftMql: 0 });
    expect(result.outcomes.wonKeptOut).toBe(1);
  });

  it('finds no MQL for a motion the model lacks', () => {
    const draft = baselineModel();
    draft.motions = draft.motions.filter((definition) => definition.motion !== Motion.Inbound);

    const result = simulateGovernance({ baseline: baselineModel(), draft, leads: [mqlLead('DE')], members: MEMBERS });

    expect(result.motions[0]?.draftMql).toBe(0);
  });

  it('arms no SLA hours for a stage without a policy', () => {
    const draft = baselineModel();
    stageOf(draft, Stage.Sql).sla.default = null;

    const result = simulateGovernance({ baseline: baselineModel(), draft, leads: [mqlLead('DE', 'ACCEPTED')], members: MEMBERS });

    expect(result.slaLoad[1]).toEqual({ key: 'SQL', label: 'SQL', baseline: 40, draft: 0 });
  });
});
