import { Stage } from '@accord/governance';
import { LeadEntity, StageTransitionEntity } from '@accord/db';
import { acceptLeadUpdate, leadDataChangedSignal, leadWorkflowId, startLeadLifecycle, statusQuery } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('continue_as_new');
});

afterAll(async () => {
  await stack?.stop();
});

describe('lifecycle continue-as-new', () => {
  it('keeps the deadline and applies Updates sent during the roll-over', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'long-lived@continue.example' });
    await startLeadLifecycle(stack.client, lead.id, { historyEventLimit: 40 });
    const routed = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.slaDueAt !== null,
      20_000,
      'routing',
    );
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    const firstRunId = (await handle.describe()).runId;

    for (let index = 0; index < 12; index += 1) {
      await handle.signal(leadDataChangedSignal);
    }
    const [accepted] = await Promise.all([
      handle.executeUpdate(acceptLeadUpdate, { args: [{ actorId: routed.ownerId ?? '' }] }),
      ...Array.from({ length: 8 }, () => handle.signal(leadDataChangedSignal)),
    ]);

    expect(accepted.stage).toBe(Stage.Sal);
    const latestRunId = await waitFor(
      async () => (await handle.describe()).runId,
      (runId) => runId !== firstRunId,
      20_000,
      'a new run',
    );
    expect(latestRunId).not.toBe(firstRunId);
    const status = await handle.query(statusQuery);
    expect(status.stage).toBe(Stage.Sal);

    const transitions = await stack.database.dataSource.manager.find(StageTransitionEntity, { where: { leadId: lead.id } });
    expect(transitions.filter((row) => row.toStage === Stage.Sal)).toHaveLength(1);
    const met = await stack.database.dataSource.query(`SELECT due_at FROM sla_events WHERE lead_id = $1 AND kind = 'MET'`, [lead.id]);
    expect(new Date(met[0].due_at).toISOString()).toBe(routed.slaDueAt?.toISOString());
  });

  it('carries a running deadline into the new run', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'carried@continue.example' });
    await startLeadLifecycle(stack.client, lead.id, { historyEventLimit: 40 });
    const routed = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.slaDueAt !== null,
      20_000,
      'routing',
    );
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    const firstRunId = (await handle.describe()).runId;

    for (let index = 0; index < 12; index += 1) {
      await handle.signal(leadDataChangedSignal);
    }
    await waitFor(
      async () => (await handle.describe()).runId,
      (runId) => runId !== firstRunId,
      20_000,
      'a new run',
    );
    const status = await waitFor(
      () => handle.query(statusQuery).catch(() => null),
      (value) => value !== null,
      10_000,
      'status',
    );

    expect(status?.stage).toBe(Stage.Mql);
    expect(status?.slaDueAt).toBe(routed.slaDueAt?.toISOString());
    expect(status?.ownerId).toBe(routed.ownerId);
  });
});
