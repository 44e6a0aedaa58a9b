import { ALWAYS_OPEN_CALENDAR, Stage, type GovernanceModel } from '@accord/governance';
import { LeadEntity, SlaEventEntity } from '@accord/db';
import { leadWorkflowId, pauseSlaUpdate, resumeSlaUpdate, startLeadLifecycle, statusQuery } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const SLA_SECONDS = 6;
const WAITING_ON_BUYER = 'waiting on the buyer';

function pausableAcceptanceSla(model: GovernanceModel): GovernanceModel {
  return {
    ...model,
    calendars: { ...model.calendars, 'always-open': ALWAYS_OPEN_CALENDAR },
    stages: model.stages.map((stage) =>
      stage.stage === Stage.Sal
        ? {
            ...stage,
            sla: {
              default: {
                targetSeconds: SLA_SECONDS,
                warnPercent: 90,
                calendarKey: 'always-open',
                escalation: [],
                pauseReasons: [WAITING_ON_BUYER],
              },
            },
          }
        : stage,
    ),
  };
}

let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('sla_pause', { adjustModel: pausableAcceptanceSla });
  await openAllTeamCalendars(stack.database.dataSource);
});

afterAll(async () => {
  await stack?.stop();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function routedLead(email: string): Promise<LeadEntity> {
  const lead = await insertLead(stack.database.dataSource, { email });
  await startLeadLifecycle(stack.client, lead.id);

  return waitFor(
    () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
    (row) => row.slaDueAt !== null,
    20_000,
    'routing',
  );
}

describe('SLA pause', () => {
  it('stops the clock while paused and moves the deadline out on resume', async () => {
    const routed = await routedLead('paused@buyer.example');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(routed.id));
    const actor = { actorId: routed.ownerId ?? '' };

    await handle.executeUpdate(pauseSlaUpdate, { args: [{ ...actor, reason: WAITING_ON_BUYER }] });
    const pausedAt = Date.now();
    expect((await handle.query(statusQuery)).slaState).toBe('PAUSED');
    await sleep((SLA_SECONDS + 2) * 1000);

    const whilePaused = await stack.database.dataSource.manager.find(SlaEventEntity, { where: { leadId: routed.id } });
    expect(whilePaused.map((event) => event.kind)).not.toContain('BREACHED');

    await handle.executeUpdate(resumeSlaUpdate, { args: [actor] });
    const resumed = await stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: routed.id } });
    const pausedForMs = Date.now() - pausedAt;
    const movedByMs = (resumed.slaDueAt?.getTime() ?? 0) - (routed.slaDueAt?.getTime() ?? 0);
    expect(resumed.slaState).toBe('ON_TRACK');
    expect(Math.abs(movedByMs - pausedForMs)).toBeLessThan(1500);

    const events = await waitFor(
      () =>
        stack.database.dataSource.manager.find(SlaEventEntity, {
          where: { leadId: routed.id },
          order: { occurredAt: 'ASC', sequence: 'ASC' },
        }),
      (rows) => rows.some((row) => row.kind === 'BREACHED'),
      20_000,
      'the breach after the resumed deadline',
    );
    const breach = events.find((row) => row.kind === 'BREACHED');
    expect(breach?.occurredAt.getTime()).toBeGreaterThanOrEqual(resumed.slaDueAt?.getTime() ?? Number.POSITIVE_INFINITY);
    expect(events.map((row) => row.kind)).toEqual(['ARMED', 'PAUSED', 'RESUMED', 'WARNING', 'BREACHED']);
  });

  it('refuses a reason the policy does not allow', async () => {
    const routed = await routedLead('no-pause@buyer.example');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(routed.id));

    const attempt = handle.executeUpdate(pauseSlaUpdate, { args: [{ actorId: routed.ownerId ?? '', reason: 'on holiday' }] });

    await expect(attempt).rejects.toMatchObject({ cause: { type: 'LeadActionRejected' } });
    expect((await handle.query(statusQuery)).slaState).toBe('ON_TRACK');
  });
});
