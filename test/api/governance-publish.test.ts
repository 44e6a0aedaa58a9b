import { Motion, Stage, type GovernanceModel } from '@accord/governance';
import { LeadEntity, StageTransitionEntity } from '@accord/db';
import { acceptLeadUpdate, leadWorkflowId, startLeadLifecycle } from '@accord/workflows';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { insertLead } from '../support/insert-lead';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const CREATE_DRAFT = `mutation { createGovernanceDraft { version model } }`;
const UPDATE_DRAFT = `mutation Update($version: Int!, $model: JSON!) { updateGovernanceDraft(version: $version, model: $model) { version problems { path message } } }`;
const SUBMIT = `mutation Submit($version: Int!) { submitGovernanceForReview(version: $version) { version status } }`;
const PUBLISH = `mutation Publish($version: Int!) { publishGovernanceVersion(version: $version) { version status } }`;

let api: ApiStack;
let adminToken: string;

beforeAll(async () => {
  api = await startApiStack('publish');
  adminToken = await api.signIn('admin@accord.example');
});

afterAll(async () => {
  await api?.stop();
});

function leadRow(id: string): Promise<LeadEntity> {
  return api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id } });
}

async function startLead(email: string, fitScore: number): Promise<string> {
  const lead = await insertLead(api.stack.database.dataSource, { email, fitScore, behaviourScore: 70 });
  await startLeadLifecycle(api.stack.client, lead.id);

  return lead.id;
}

function raiseInboundFitAndSalTarget(model: GovernanceModel): GovernanceModel {
  return {
    ...model,
    motions: model.motions.map((motion) => (motion.motion === Motion.Inbound ? { ...motion, fitThreshold: 70 } : motion)),
    stages: model.stages.map((stage) =>
      stage.stage === Stage.Sal && stage.sla.default !== null
        ? { ...stage, sla: { ...stage.sla, default: { ...stage.sla.default, targetSeconds: 2 * 3600 } } }
        : stage,
    ),
  };
}

async function publishRaisedThreshold(): Promise<number> {
  const draft = await api.graphql<{ createGovernanceDraft: { version: number; model: GovernanceModel } }>(CREATE_DRAFT, {}, adminToken);
  expect(draft.errors).toBeUndefined();
  const version = draft.data?.createGovernanceDraft.version ?? 0;
  const model = raiseInboundFitAndSalTarget(draft.data?.createGovernanceDraft.model as GovernanceModel);

  const updated = await api.graphql<{ updateGovernanceDraft: { problems: unknown[] } }>(UPDATE_DRAFT, { version, model }, adminToken);
  expect(updated.data?.updateGovernanceDraft.problems).toEqual([]);
  expect((await api.graphql(SUBMIT, { version }, adminToken)).errors).toBeUndefined();
  const published = await api.graphql<{ publishGovernanceVersion: { status: string } }>(PUBLISH, { version }, adminToken);
  expect(published.errors).toBeUndefined();
  expect(published.data?.publishGovernanceVersion.status).toBe('PUBLISHED');

  return version;
}

describe('publishing a governance version', () => {
  it('keeps running SLAs and applies the new rules from the next stage on', async () => {
    const midStageId = await startLead('mid-stage@publish.example', 80);
    const routed = await waitFor(
      () => leadRow(midStageId),
      (row) => row.slaDueAt !== null,
      20_000,
      'routing',
    );
    const dueBefore = routed.slaDueAt?.toISOString();

    const version = await publishRaisedThreshold();

    const handle = api.stack.client.workflow.getHandle(leadWorkflowId(midStageId));
    await handle.executeUpdate(acceptLeadUpdate, { args: [{ actorId: routed.ownerId ?? '' }] });
    const accepted = await leadRow(midStageId);
    const transitions = await api.stack.database.dataSource.manager.find(StageTransitionEntity, {
      where: { leadId: midStageId },
      order: { occurredAt: 'ASC', sequence: 'ASC' },
    });
    expect(transitions.map((row) => [row.toStage, row.governanceVersion])).toEqual([
      [Stage.Lead, 1],
      [Stage.Mql, 1],
      [Stage.Sal, version],
    ]);
    expect(accepted.governanceVersion).toBe(version);
    const armed = await api.stack.database.dataSource.query(`SELECT due_at FROM sla_events WHERE lead_id = $1 AND kind = 'MET'`, [
      midStageId,
    ]);
    expect(new Date(armed[0].due_at).toISOString()).toBe(dueBefore);
  });

  it('makes new leads between the old and new fit thresholds stay at LEAD', async () => {
    const between = await startLead('fit-65@publish.example', 65);
    const above = await startLead('fit-80@publish.example', 80);

    const routedAbove = await waitFor(
      () => leadRow(above),
      (row) => row.stage === Stage.Mql,
      20_000,
      'the fit-80 lead to reach MQL',
    );
    const stayed = await leadRow(between);

    expect(routedAbove.governanceVersion).toBeGreaterThan(1);
    expect(stayed.stage).toBe(Stage.Lead);
    expect(stayed.ownerId).toBeNull();
  });
});
