import { ALWAYS_OPEN_CALENDAR, Stage, type GovernanceModel } from '@accord/governance';
import { LeadEntity, SlaEventEntity } from '@accord/db';
import { leadDataChangedSignal, leadWorkflowId, startLeadLifecycle } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

function withEnrichmentSlaSeconds(seconds: number) {
  return (model: GovernanceModel): GovernanceModel => ({
    ...model,
    calendars: { ...model.calendars, 'always-open': ALWAYS_OPEN_CALENDAR },
    stages: model.stages.map((stage) =>
      stage.stage === Stage.Lead && stage.sla.default !== null
        ? { ...stage, sla: { default: { ...stage.sla.default, targetSeconds: seconds, calendarKey: 'always-open' } } }
        : stage,
    ),
  });
}

let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('lead_stage_sla', { adjustModel: withEnrichmentSlaSeconds(3) });
  await openAllTeamCalendars(stack.database.dataSource);
});

afterAll(async () => {
  await stack?.stop();
});

function eventsOf(leadId: string): Promise<SlaEventEntity[]> {
  return stack.database.dataSource.manager.find(SlaEventEntity, { where: { leadId }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
}

describe('Lead stage enrichment SLA', () => {
  it('runs from arrival before anyone owns the lead and breaches without an owner', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'unenriched@lead-stage.example', fitScore: 20, behaviourScore: 10 });
    await startLeadLifecycle(stack.client, lead.id);

    const events = await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'ESCALATED'),
      20_000,
      'the enrichment breach and its escalation',
    );

    expect(events.map((row) => [row.kind, row.stage, row.ownerId])).toEqual([
      ['ARMED', Stage.Lead, null],
      ['WARNING', Stage.Lead, null],
      ['BREACHED', Stage.Lead, null],
      ['ESCALATED', Stage.Lead, null],
    ]);
    expect(events[3]?.detail).toBe('no manager to notify');
    expect(events[0]?.dueAt?.getTime()).toBe(lead.arrivedAt.getTime() + 3000);
    const row = await stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } });
    expect(row.stage).toBe(Stage.Lead);
    expect(row.slaState).toBe('BREACHED');
  });

  it('closes the enrichment clock when the lead qualifies and arms the acceptance clock', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'enriched@lead-stage.example', fitScore: 20, behaviourScore: 70 });
    await startLeadLifecycle(stack.client, lead.id);
    await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'ARMED'),
      20_000,
      'the enrichment clock',
    );

    await stack.database.dataSource.manager.update(LeadEntity, { id: lead.id }, { fitScore: 85 });
    await stack.client.workflow.getHandle(leadWorkflowId(lead.id)).signal(leadDataChangedSignal);

    const routed = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.ownerId !== null && row.slaStage === Stage.Sal,
      20_000,
      'routing with the acceptance clock',
    );
    expect(routed.stage).toBe(Stage.Mql);
    const kinds = (await eventsOf(lead.id)).map((row) => `${row.kind}:${row.stage}`);
    expect(kinds.slice(0, 3)).toEqual(['ARMED:LEAD', 'MET:LEAD', 'ARMED:SAL']);
  });
});
