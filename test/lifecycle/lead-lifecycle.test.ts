import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Stage } from '@accord/governance';
import { LeadEntity, SlaEventEntity, StageTransitionEntity } from '@accord/db';
import { acceptLeadUpdate, leadWorkflowId, rejectLeadUpdate, startLeadLifecycle, statusQuery } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars, withAcceptanceSlaSeconds } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('lifecycle', { adjustModel: withAcceptanceSlaSeconds(600) });
  await openAllTeamCalendars(stack.database.dataSource);
});

afterAll(async () => {
  await stack?.stop();
});

async function leadRow(id: string): Promise<LeadEntity> {
  return stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id } });
}

async function historyOf(id: string): Promise<StageTransitionEntity[]> {
  return stack.database.dataSource.manager.find(StageTransitionEntity, {
    where: { leadId: id },
    order: { occurredAt: 'ASC', sequence: 'ASC' },
  });
}

async function routedLead(email: string): Promise<LeadEntity> {
  const lead = await insertLead(stack.database.dataSource, { email });
  await startLeadLifecycle(stack.client, lead.id);

  return waitFor(
    () => leadRow(lead.id),
    (row) => row.ownerId !== null && row.slaDueAt !== null,
    20_000,
    'routing',
  );
}

describe('lead lifecycle', () => {
  it('qualifies, routes and accepts a lead', async () => {
    const routed = await routedLead('ops@example-manufacturing.com');
    expect(routed.stage).toBe(Stage.Mql);
    expect(routed.slaState).toBe('ON_TRACK');

    const handle = stack.client.workflow.getHandle(leadWorkflowId(routed.id));
    const result = await handle.executeUpdate(acceptLeadUpdate, { args: [{ actorId: routed.ownerId ?? '' }] });
    expect(result.stage).toBe(Stage.Sal);

    const accepted = await leadRow(routed.id);
    expect(accepted.stage).toBe(Stage.Sal);
    expect(accepted.acceptedAt).not.toBeNull();
    expect(accepted.firstTouchAt).not.toBeNull();
    expect(accepted.speedToLeadSeconds).toBeGreaterThanOrEqual(accepted.responseSeconds ?? Number.NaN);
    expect(accepted.responseSeconds).toBe(
      Math.round(((accepted.firstTouchAt?.getTime() ?? 0) - (accepted.assignedAt?.getTime() ?? 0)) / 1000),
    );
    expect(accepted.speedToLeadBusinessSeconds).toBe(accepted.speedToLeadSeconds);
    expect(accepted.responseBusinessSeconds).toBe(accepted.responseSeconds);

    const history = await historyOf(routed.id);
    expect(history.map((row) => [row.fromStage, row.toStage])).toEqual([
      [null, Stage.Lead],
      [Stage.Lead, Stage.Mql],
      [Stage.Mql, Stage.Sal],
    ]);
    expect(history[2]?.actorId).toBe(routed.ownerId);

    const status = await handle.query(statusQuery);
    expect(status.stage).toBe(accepted.stage);
    expect(status.ownerId).toBe(accepted.ownerId);

    const met = await stack.database.dataSource.manager.count(SlaEventEntity, { where: { leadId: routed.id, kind: 'MET' as never } });
    expect(met).toBe(1);
  });

  it('refuses a rejection without a reason code and writes nothing', async () => {
    const routed = await routedLead('cfo@example-bank.com');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(routed.id));

    const attempt = handle.executeUpdate(rejectLeadUpdate, { args: [{ actorId: routed.ownerId ?? '', reasonCode: '' }] });

    await expect(attempt).rejects.toBeInstanceOf(WorkflowUpdateFailedError);
    await expect(attempt).rejects.toMatchObject({ cause: { type: 'LeadActionRejected' } });
    expect((await historyOf(routed.id)).map((row) => row.toStage)).toEqual([Stage.Lead, Stage.Mql]);
    expect((await leadRow(routed.id)).stage).toBe(Stage.Mql);
  });

  it('rejects with an active reason code', async () => {
    const routed = await routedLead('buyer@example-retail.com');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(routed.id));

    const result = await handle.executeUpdate(rejectLeadUpdate, {
      args: [{ actorId: routed.ownerId ?? '', reasonCode: 'NO_FIT', note: 'Too small' }],
    });

    expect(result.stage).toBe(Stage.Rejected);
    const rejected = await leadRow(routed.id);
    expect(rejected.reasonCode).toBe('NO_FIT');
    expect(rejected.closedAt).not.toBeNull();
    const last = (await historyOf(routed.id)).at(-1);
    expect(last?.reasonCode).toBe('NO_FIT');
    expect(last?.note).toBe('Too small');
  });

  it('keeps a lead below the MQL thresholds at LEAD', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'student@example-university.edu', fitScore: 10, behaviourScore: 5 });
    await startLeadLifecycle(stack.client, lead.id);
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));

    const status = await waitFor(
      () => handle.query(statusQuery).catch(() => null),
      (value) => value !== null,
      10_000,
      'status',
    );

    expect(status?.stage).toBe(Stage.Lead);
    expect((await leadRow(lead.id)).ownerId).toBeNull();
  });
});
