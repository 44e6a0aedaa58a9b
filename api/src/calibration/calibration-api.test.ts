import { AuditAction, AuditEntryEntity, GovernanceVersionEntity, loadConfig } from '@accord/db';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { diffGovernanceModels } from '@accord/governance';

import { startApiServer, type ApiServer } from '../server';
import { seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { postGraphQL, signInDemo, type GraphQLResponse } from '../testing/graphql-client.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

const ADMIN = 'admin@accord.example';
const MARKETING_OPS = 'marketing.ops@accord.example';
const MANAGER = 'manager.emea@accord.example';
const REP = 'anna@accord.example';
const PARTNER = 'partner@northwind.example';
/** Inbound leads with a decision; acceptance follows logistic(0.08 · (fit − 70)), so the best fit threshold is 70, not 60. */
const LEAD_COUNT = 3000;

let database: ThrowawayDatabase;
let server: ApiServer;
const tokens = new Map<string, string>();

interface ProposalView {
  id: string;
  kind: string;
  change: { fitThreshold: number | null; intentThreshold: number | null; fitWeights: Array<{ weight: string; to: number }> };
  proposed: { mqlCount: number; predictedAcceptanceRate: number };
}

const REPORT_QUERY = `query ($motion: Motion!) {
  calibrationReport(motion: $motion) {
    governanceVersion leadCount decisionCount refusal
    acceptance { fitCoefficient auc { auc } calibration { low count meanPredicted observedRate } }
    fitBands { low leads decisions acceptanceRate }
    proposals { id kind change { fitThreshold intentThreshold fitWeights { weight from to } } proposed { mqlCount predictedAcceptanceRate } explanation }
    notes
  }
}`;

const CREATE_BY_ID = `mutation ($motion: Motion!, $id: String) {
  createDraftFromCalibration(motion: $motion, proposalId: $id) { version status basedOn }
}`;

const CREATE_BY_CHANGE = `mutation ($motion: Motion!, $change: CalibrationChangeInput) {
  createDraftFromCalibration(motion: $motion, change: $change) { version status basedOn }
}`;

beforeAll(async () => {
  database = await createThrowawayDatabase('calibration_api');
  await seedDemoOrganisation(database.dataSource);
  await database.dataSource.query(
    `INSERT INTO leads (email, email_normalized, motion, stage, fit_score, behaviour_score, score_breakdown, routing_trace,
                        governance_version, arrived_at)
     SELECT 'calibration' || n || '@example.com', 'calibration' || n || '@example.com', 'INBOUND',
            CASE WHEN ((n * 7919) % 1000) / 1000.0 < 1 / (1 + exp(-0.08 * ((n * 37) % 101 - 70))) THEN 'SAL' ELSE 'REJECTED' END,
            (n * 37) % 101, 40 + (n * 53) % 61, '[]', '[]', 1, now() - (1 + n % 90) * interval '1 day'
       FROM generate_series(1, $1::int) AS n`,
    [LEAD_COUNT],
  );
  await database.dataSource.query(
    `INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, governance_version, occurred_at, idempotency_key)
     SELECT id, 'LEAD', 'MQL', 'SYSTEM', 1, arrived_at, id || '-mql' FROM leads WHERE email LIKE 'calibration%'
     UNION ALL
     SELECT id, 'MQL', stage, 'USER', 1, arrived_at + interval '1 hour', id || '-decision' FROM leads WHERE email LIKE 'calibration%'`,
  );

  server = await startApiServer({
    config: { ...loadConfig({ NODE_ENV: 'test' }), httpPort: 0 },
    dataSource: database.dataSource,
    lifecycle: new RecordingLifecycle(),
  });
  for (const email of [ADMIN, MARKETING_OPS, MANAGER, REP, PARTNER]) {
    tokens.set(email, await signInDemo(server.url, email));
  }
}, 60_000);

afterAll(async () => {
  await server.stop();
  await database.drop();
});

function as<Data = Record<string, unknown>>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> {
  return postGraphQL<Data>(server.url, query, variables, tokens.get(email) ?? null);
}

function codesOf(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

async function publishedModel() {
  return (await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ status: 'PUBLISHED' as never })).model;
}

async function thresholdProposal(): Promise<ProposalView> {
  const response = await as<{ calibrationReport: { proposals: ProposalView[] } }>(ADMIN, REPORT_QUERY, { motion: 'INBOUND' });
  const proposal = response.data?.calibrationReport.proposals.find((candidate) => candidate.kind === 'THRESHOLDS');
  if (proposal === undefined) {
    throw new Error(`no threshold proposal: ${JSON.stringify(response)}`);
  }

  return proposal;
}

describe('calibration API roles', () => {
  it.each([MANAGER, REP, PARTNER])('forbids %s the report', async (email) => {
    const response = await as(email, REPORT_QUERY, { motion: 'INBOUND' });

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it.each([MANAGER, REP, PARTNER])('forbids %s a draft', async (email) => {
    const response = await as(email, CREATE_BY_CHANGE, { motion: 'INBOUND', change: { fitThreshold: 65 } });

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it('lets marketing ops read the report', async () => {
    const response = await as(MARKETING_OPS, REPORT_QUERY, { motion: 'INBOUND' });

    expect(response.errors).toBeUndefined();
  });
});

describe('calibrationReport', () => {
  it('fits the acceptance model', async () => {
    const response = await as<{ calibrationReport: { decisionCount: number; refusal: string | null; acceptance: { fitCoefficient: number; auc: { auc: number } } } }>(
      ADMIN,
      REPORT_QUERY,
      { motion: 'INBOUND' },
    );
    const report = response.data?.calibrationReport;

    expect(report?.decisionCount).toBe(LEAD_COUNT);
    expect(report?.refusal).toBeNull();
    expect(report?.acceptance.fitCoefficient).toBeGreaterThan(0.05);
    expect(report?.acceptance.auc.auc).toBeGreaterThan(0.85);
  });

  it('proposes a fit threshold near 70', async () => {
    const proposal = await thresholdProposal();

    expect(proposal.change.fitThreshold).toBeGreaterThanOrEqual(65);
    expect(proposal.change.fitThreshold).toBeLessThanOrEqual(75);
  });

  it('refuses a motion without outcomes', async () => {
    const response = await as<{ calibrationReport: { refusal: string; proposals: unknown[] } }>(ADMIN, REPORT_QUERY, { motion: 'PARTNER' });

    expect(response.data?.calibrationReport.refusal).toContain('Calibration needs at least 200 decisions');
    expect(response.data?.calibrationReport.proposals).toEqual([]);
  });
});

describe('createDraftFromCalibration', () => {
  it('applies exactly the proposal', async () => {
    const proposal = await thresholdProposal();
    const published = await publishedModel();

    const response = await as<{ createDraftFromCalibration: { version: number; status: string } }>(MARKETING_OPS, CREATE_BY_ID, {
      motion: 'INBOUND',
      id: proposal.id,
    });
    const version = response.data?.createDraftFromCalibration.version ?? 0;
    const draft = await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version });

    expect(response.data?.createDraftFromCalibration.status).toBe('DRAFT');
    expect(diffGovernanceModels(published, draft.model).map((entry) => [entry.path, entry.after])).toEqual([
      ['motions[0].fitThreshold', String(proposal.change.fitThreshold)],
    ]);
  });

  it('audits the draft', async () => {
    const response = await as<{ createDraftFromCalibration: { version: number } }>(ADMIN, CREATE_BY_ID, {
      motion: 'INBOUND',
      id: (await thresholdProposal()).id,
    });
    const version = String(response.data?.createDraftFromCalibration.version);
    const entry = await database.dataSource.getRepository(AuditEntryEntity).findOneByOrFail({ targetId: version });

    expect(entry.action).toBe(AuditAction.CalibrationDraftCreated);
    expect(entry.summary).toContain('with calibration proposal THRESHOLDS:INBOUND');
  });

  it('applies a change given in full', async () => {
    const published = await publishedModel();
    const response = await as<{ createDraftFromCalibration: { version: number } }>(ADMIN, CREATE_BY_CHANGE, {
      motion: 'OUTBOUND',
      change: { intentThreshold: 35, fitWeights: [{ weight: 'source is "Purchased List"', to: -10 }] },
    });
    const version = response.data?.createDraftFromCalibration.version ?? 0;
    const draft = await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version });

    expect(diffGovernanceModels(published, draft.model).map((entry) => entry.description)).toEqual([
      'MQL intent threshold for outbound: 20 → 35',
      'Fit weight source is "Purchased List": 5 points → -10 points',
    ]);
  });

  it('rejects an unknown proposal id', async () => {
    const response = await as(ADMIN, CREATE_BY_ID, { motion: 'INBOUND', id: 'THRESHOLDS:INBOUND:fit-1:intent-1' });

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('proposalId "THRESHOLDS:INBOUND:fit-1:intent-1" is not a current proposal');
  });

  it('rejects an unknown fit weight', async () => {
    const response = await as(ADMIN, CREATE_BY_CHANGE, { motion: 'INBOUND', change: { fitWeights: [{ weight: 'colour is "red"', to: 5 }] } });

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.message).toContain('is not a fit weight of the model');
  });

  it('rejects neither id nor change', async () => {
    const response = await as(ADMIN, 'mutation { createDraftFromCalibration(motion: INBOUND) { version } }');

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('creates no draft when rejected', async () => {
    const before = await database.dataSource.getRepository(GovernanceVersionEntity).count();
    await as(ADMIN, CREATE_BY_CHANGE, { motion: 'INBOUND', change: { fitWeights: [{ weight: 'colour is "red"', to: 5 }] } });

    expect(await database.dataSource.getRepository(GovernanceVersionEntity).count()).toBe(before);
  });
});
