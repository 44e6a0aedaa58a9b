import { GovernanceVersionEntity, loadConfig } from '@accord/db';
import { Motion, Stage, type GovernanceModel } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../../auth/caller';
import { createApiServices } from '../../context/create-api-services';
import type { ApiServices } from '../../context/request-context';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../../testing/demo-organisation.fixture';
import { accordErrorOf, editModel, itemAt } from '../../testing/governance.fixture';
import { RecordingLifecycle } from '../../testing/recording-lifecycle.fixture';
import type { SimulationResult } from './simulation.types';

const DAY_MS = 24 * 3600 * 1000;
const SIMULATED_DAYS = 90;
/** Business hours of the default SAL and SQL targets: one business hour and five days of eight. */
const SAL_TARGET_HOURS = 1;
const SQL_TARGET_HOURS = 40;

/** The thresholds that this test's draft changes; every other motion keeps the default ones. */
const BASELINE_THRESHOLDS: Record<string, { fit: number; intent: number }> = {
  [Motion.Inbound]: { fit: 60, intent: 40 },
  [Motion.Outbound]: { fit: 50, intent: 20 },
  [Motion.ProductLed]: { fit: 40, intent: 60 },
};
const DRAFT_THRESHOLDS: Record<string, { fit: number; intent: number }> = {
  ...BASELINE_THRESHOLDS,
  [Motion.Inbound]: { fit: 80, intent: 40 },
  [Motion.Outbound]: { fit: 50, intent: 50 },
};

interface SeededLead {
  motion: Motion;
  fitScore: number;
  behaviourScore: number;
  industry: string | null;
  country: string;
  stage: Stage;
  acceptedAt: Date | null;
  daysAgo: number;
}

const MOTIONS = [Motion.Inbound, Motion.Outbound, Motion.ProductLed];
const FITS = [30, 55, 65, 85];
const BEHAVIOURS = [15, 45, 70];
const STAGES = [
  Stage.Lead,
  Stage.Mql,
  Stage.Sal,
  Stage.Sql,
  Stage.Opportunity,
  Stage.Rejected,
  Stage.Disqualified,
  Stage.Recycled,
  Stage.Rejected,
];

/** Returns a history of 72 leads over every combination of motion, fit and behaviour, with outcomes in turn. */
function seededHistory(now: Date): SeededLead[] {
  const leads: SeededLead[] = [];
  let index = 0;
  for (const motion of MOTIONS) {
    for (const fitScore of FITS) {
      for (const behaviourScore of BEHAVIOURS) {
        for (const country of ['DE', 'US']) {
          const stage = STAGES[index % STAGES.length] ?? Stage.Lead;
          leads.push({
            motion,
            fitScore,
            behaviourScore,
            industry: index % 7 === 3 ? null : 'Software',
            country,
            stage,
            // Every third disqualified lead was accepted first, so it counts as ACCEPTED.
            acceptedAt: stage === Stage.Disqualified && index % 3 === 0 ? new Date(now.getTime() - DAY_MS) : null,
            // Every eleventh lead arrived before the simulated period.
            daysAgo: index % 11 === 5 ? SIMULATED_DAYS + 30 : 1 + (index % 80),
          });
          index += 1;
        }
      }
    }
  }

  return leads;
}

function outcomeOf(lead: SeededLead): string {
  if (lead.stage === Stage.Opportunity) {
    return 'WON';
  }
  if (lead.stage === Stage.Sal || lead.stage === Stage.Sql || lead.acceptedAt !== null) {
    return 'ACCEPTED';
  }

  return lead.stage === Stage.Rejected ? 'REJECTED' : 'OTHER';
}

function isMql(lead: SeededLead, thresholds: Record<string, { fit: number; intent: number }>): boolean {
  const threshold = thresholds[lead.motion];

  return threshold !== undefined && lead.industry !== null && lead.fitScore >= threshold.fit && lead.behaviourScore >= threshold.intent;
}

let database: ThrowawayDatabase;
let services: ApiServices;
let admin: Caller;
let history: SeededLead[];
let draftVersion: number;

beforeAll(async () => {
  database = await createThrowawayDatabase('governance_simulation');
  await seedDemoOrganisation(database.dataSource);
  services = createApiServices({
    config: loadConfig({ NODE_ENV: 'test' }),
    dataSource: database.dataSource,
    lifecycle: new RecordingLifecycle(),
  });
  admin = await callerOf(database.dataSource, 'admin@accord.example');

  const now = new Date();
  history = seededHistory(now);
  for (const [index, lead] of history.entries()) {
    await insertLeadRow(database.dataSource, {
      email: `lead-${index}@example.com`,
      motion: lead.motion,
      fitScore: lead.fitScore,
      behaviourScore: lead.behaviourScore,
      industry: lead.industry,
      country: lead.country,
      title: 'Head of Operations',
      stage: lead.stage,
      acceptedAt: lead.acceptedAt,
      arrivedAt: new Date(now.getTime() - lead.daysAgo * DAY_MS),
    });
  }

  const published = (await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version: 1 })).model;
  const draftModel: GovernanceModel = editModel(published, (draft) => {
    draft.motions = draft.motions.map((motion) => {
      const threshold = DRAFT_THRESHOLDS[motion.motion];

      return threshold === undefined ? motion : { ...motion, fitThreshold: threshold.fit, intentThreshold: threshold.intent };
    });
  });
  const draft = await services.governanceDrafts.create(admin);
  await services.governanceDrafts.update(admin, draft.version, draftModel);
  draftVersion = draft.version;
});

afterAll(async () => {
  await database.drop();
});

describe('GovernanceSimulationService.simulate', () => {
  let result: SimulationResult;
  let inPeriod: SeededLead[];

  beforeAll(async () => {
    result = await services.governanceSimulation.simulate(draftVersion, SIMULATED_DAYS);
    inPeriod = history.filter((lead) => lead.daysAgo <= SIMULATED_DAYS);
  });

  it('counts the leads of the period only', () => {
    expect(inPeriod.length).toBeLessThan(history.length);
    expect(result.leadCount).toBe(inPeriod.length);
    expect(result).toMatchObject({ version: draftVersion, baselineVersion: 1, days: SIMULATED_DAYS });
    expect(result.elapsedMs).toBeGreaterThanOrEqual(0);
  });

  it.each(MOTIONS)('matches the MQL counts of %s', (motion) => {
    const leads = inPeriod.filter((lead) => lead.motion === motion);

    expect(result.motions.find((row) => row.motion === motion)).toEqual({
      motion,
      leadCount: leads.length,
      baselineMql: leads.filter((lead) => isMql(lead, BASELINE_THRESHOLDS)).length,
      draftMql: leads.filter((lead) => isMql(lead, DRAFT_THRESHOLDS)).length,
    });
  });

  it('matches the outcome counts', () => {
    const keptOut = (lead: SeededLead): boolean => isMql(lead, BASELINE_THRESHOLDS) && !isMql(lead, DRAFT_THRESHOLDS);
    const letIn = (lead: SeededLead): boolean => isMql(lead, DRAFT_THRESHOLDS) && !isMql(lead, BASELINE_THRESHOLDS);
    const withOutcome = (outcome: string): SeededLead[] => inPeriod.filter((lead) => outcomeOf(lead) === outcome);

    expect(result.outcomes).toEqual({
      acceptedTotal: withOutcome('ACCEPTED').length,
      wonTotal: withOutcome('WON').length,
      rejectedTotal: withOutcome('REJECTED').length,
      acceptedKeptOut: withOutcome('ACCEPTED').filter(keptOut).length,
      wonKeptOut: withOutcome('WON').filter(keptOut).length,
      rejectedLetIn: withOutcome('REJECTED').filter(letIn).length,
    });
    expect(result.outcomes.acceptedKeptOut + result.outcomes.wonKeptOut).toBeGreaterThan(0);
  });

  it('splits the MQLs over the teams by country', () => {
    const mqlIn = (country: string, thresholds: Record<string, { fit: number; intent: number }>): number =>
      inPeriod.filter((lead) => lead.country === country && isMql(lead, thresholds)).length;

    expect(result.teamLoad.find((row) => row.key === 'emea')).toMatchObject({
      baseline: mqlIn('DE', BASELINE_THRESHOLDS),
      draft: mqlIn('DE', DRAFT_THRESHOLDS),
    });
    expect(result.teamLoad.find((row) => row.key === 'americas')).toMatchObject({
      baseline: mqlIn('US', BASELINE_THRESHOLDS),
      draft: mqlIn('US', DRAFT_THRESHOLDS),
    });
    const repTotal = result.repLoad.reduce((sum, row) => sum + row.baseline, 0);
    expect(repTotal).toBe(inPeriod.filter((lead) => isMql(lead, BASELINE_THRESHOLDS)).length);
    expect(result.repLoad.every((row) => row.label !== row.key)).toBe(true);
  });

  it('matches the SLA hours the MQLs would arm', () => {
    const mql = (thresholds: Record<string, { fit: number; intent: number }>): SeededLead[] =>
      inPeriod.filter((lead) => isMql(lead, thresholds));
    const acceptedOrWon = (leads: SeededLead[]): number => leads.filter((lead) => ['ACCEPTED', 'WON'].includes(outcomeOf(lead))).length;

    expect(result.slaLoad).toEqual([
      {
        key: 'SAL',
        label: 'SAL',
        baseline: mql(BASELINE_THRESHOLDS).length * SAL_TARGET_HOURS,
        draft: mql(DRAFT_THRESHOLDS).length * SAL_TARGET_HOURS,
      },
      {
        key: 'SQL',
        label: 'SQL',
        baseline: acceptedOrWon(mql(BASELINE_THRESHOLDS)) * SQL_TARGET_HOURS,
        draft: acceptedOrWon(mql(DRAFT_THRESHOLDS)) * SQL_TARGET_HOURS,
      },
    ]);
  });
});

describe('GovernanceSimulationService.simulate inputs', () => {
  it('reports a missing version as not found', async () => {
    expect((await accordErrorOf(services.governanceSimulation.simulate(999, 30))).code).toBe('NOT_FOUND');
  });

  it('rejects a draft with problems', async () => {
    const draft = await services.governanceDrafts.create(admin);
    const broken = editModel(draft.model, (model) => void (itemAt(model.motions, 0).fitThreshold = 150));
    await services.governanceDrafts.update(admin, draft.version, broken);

    const error = await accordErrorOf(services.governanceSimulation.simulate(draft.version, 30));

    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((problem) => problem.field)).toEqual(['motions[0].fitThreshold']);
  });
});
