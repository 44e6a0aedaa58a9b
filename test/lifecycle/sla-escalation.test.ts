import { Stage } from '@accord/governance';
import { LeadEntity, NotificationEntity, SlaEventEntity, TeamEntity } from '@accord/db';
import { startLeadLifecycle } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars, withAcceptanceSlaSeconds } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const SLA_SECONDS = 3;
let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('sla', { adjustModel: withAcceptanceSlaSeconds(SLA_SECONDS) });
  await openAllTeamCalendars(stack.database.dataSource);
});

afterAll(async () => {
  await stack?.stop();
});

async function eventsOf(leadId: string): Promise<SlaEventEntity[]> {
  return stack.database.dataSource.manager.find(SlaEventEntity, { where: { leadId }, order: { occurredAt: 'ASC', sequence: 'ASC' } });
}

async function leadRow(id: string): Promise<LeadEntity> {
  return stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id } });
}

function kinds(events: SlaEventEntity[]): string[] {
  return events.map((event) => event.kind);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('acceptance SLA', () => {
  it('warns, breaches and escalates to the next rep, then to the manager', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'ladder@example-logistics.com' });
    await startLeadLifecycle(stack.client, lead.id);
    const routed = await waitFor(
      () => leadRow(lead.id),
      (row) => row.ownerId !== null,
      20_000,
      'routing',
    );
    const firstOwner = routed.ownerId;
    const team = await stack.database.dataSource.manager.findOneOrFail(TeamEntity, { where: { id: routed.teamId ?? '' } });

    const events = await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.filter((row) => row.kind === 'REASSIGNED').length === 2,
      40_000,
      'two reassignments',
    );
    await sleep(SLA_SECONDS * 1000 + 2000);
    const settled = await eventsOf(lead.id);

    expect(kinds(settled)).toEqual([
      'ARMED',
      'WARNING',
      'BREACHED',
      'ESCALATED',
      'REASSIGNED',
      'ARMED',
      'WARNING',
      'BREACHED',
      'ESCALATED',
      'REASSIGNED',
      'ARMED',
      'WARNING',
      'BREACHED',
    ]);
    const reassigned = events.filter((row) => row.kind === 'REASSIGNED');
    expect(reassigned[0]?.ownerId).not.toBe(firstOwner);
    expect(reassigned[1]?.ownerId).toBe(team.managerId);

    const final = await leadRow(lead.id);
    expect(final.stage).toBe(Stage.Mql);
    expect(final.ownerId).toBe(team.managerId);
    expect(final.escalationCount).toBe(2);
    expect(final.slaState).toBe('BREACHED');

    const managerNotices = await stack.database.dataSource.manager.count(NotificationEntity, {
      where: { leadId: lead.id, recipientId: team.managerId ?? '', kind: 'SLA_ESCALATED' },
    });
    expect(managerNotices).toBe(2);
  });

  it('fires once when the worker restarts while the timer is pending', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'restart@example-energy.com' });
    await startLeadLifecycle(stack.client, lead.id);
    const routed = await waitFor(
      () => leadRow(lead.id),
      (row) => row.ownerId !== null,
      20_000,
      'routing',
    );

    await stack.restartWorker();

    await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'REASSIGNED'),
      40_000,
      'the first reassignment',
    );
    const afterFirst = (await eventsOf(lead.id)).filter((row) => row.kind === 'REASSIGNED' || row.kind === 'BREACHED');
    expect(kinds(afterFirst).slice(0, 2)).toEqual(['BREACHED', 'REASSIGNED']);
    expect(afterFirst[1]?.ownerId).not.toBe(routed.ownerId);
    const firstBreaches = (await eventsOf(lead.id)).filter(
      (row) => row.kind === 'BREACHED' && row.dueAt?.getTime() === routed.slaDueAt?.getTime(),
    );
    expect(firstBreaches).toHaveLength(1);
  });

  it('finishes the ladder once when the worker restarts between steps', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'mid-ladder@example-mining.com' });
    await startLeadLifecycle(stack.client, lead.id);
    await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'REASSIGNED'),
      40_000,
      'the first reassignment',
    );

    await stack.restartWorker();

    const events = await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.filter((row) => row.kind === 'REASSIGNED').length === 2,
      40_000,
      'the second reassignment',
    );
    await sleep(SLA_SECONDS * 1000 + 2000);
    const settled = await eventsOf(lead.id);
    expect(kinds(settled)).toEqual([
      'ARMED',
      'WARNING',
      'BREACHED',
      'ESCALATED',
      'REASSIGNED',
      'ARMED',
      'WARNING',
      'BREACHED',
      'ESCALATED',
      'REASSIGNED',
      'ARMED',
      'WARNING',
      'BREACHED',
    ]);
    expect(events.filter((row) => row.kind === 'REASSIGNED')).toHaveLength(2);
  });
});
