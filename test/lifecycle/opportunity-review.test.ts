import { ALWAYS_OPEN_CALENDAR, Stage, type GovernanceModel } from '@accord/governance';
import { LeadEntity, SlaEventEntity } from '@accord/db';
import {
  acceptLeadUpdate,
  convertLeadUpdate,
  disqualifyLeadUpdate,
  leadWorkflowId,
  qualifyLeadUpdate,
  reviewPipelineUpdate,
  startLeadLifecycle,
} from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { openAllTeamCalendars } from '../support/short-sla-model';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const REVIEW_SECONDS = 4;

function withShortPipelineReview(model: GovernanceModel): GovernanceModel {
  return {
    ...model,
    calendars: { ...model.calendars, 'always-open': ALWAYS_OPEN_CALENDAR },
    stages: model.stages.map((stage) =>
      stage.stage === Stage.Opportunity && stage.sla.default !== null
        ? { ...stage, sla: { default: { ...stage.sla.default, targetSeconds: REVIEW_SECONDS, calendarKey: 'always-open' } } }
        : stage,
    ),
  };
}

let stack: LifecycleStack;

beforeAll(async () => {
  stack = await startLifecycleStack('opportunity_review', { adjustModel: withShortPipelineReview });
  await openAllTeamCalendars(stack.database.dataSource);
});

afterAll(async () => {
  await stack?.stop();
});

function eventsOf(leadId: string): Promise<SlaEventEntity[]> {
  return stack.database.dataSource.manager.find(SlaEventEntity, {
    where: { leadId, stage: Stage.Opportunity },
    order: { occurredAt: 'ASC', sequence: 'ASC' },
  });
}

describe('opportunity pipeline review', () => {
  it('runs a weekly review clock that a review restarts, until the opportunity leaves', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'pipeline@review.example', useCase: 'Fleet telemetry' });
    await startLeadLifecycle(stack.client, lead.id);
    const routed = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.ownerId !== null,
      20_000,
      'routing',
    );
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));
    const actor = { actorId: routed.ownerId ?? '' };
    await handle.executeUpdate(acceptLeadUpdate, { args: [actor] });
    await handle.executeUpdate(qualifyLeadUpdate, { args: [actor] });
    await handle.executeUpdate(convertLeadUpdate, { args: [actor] });
    await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'ARMED'),
      20_000,
      'the first review clock',
    );

    const reviewed = await handle.executeUpdate(reviewPipelineUpdate, { args: [{ ...actor, note: 'Champion confirmed' }] });
    expect(reviewed.stage).toBe(Stage.Opportunity);
    const afterBreach = await waitFor(
      () => eventsOf(lead.id),
      (rows) => rows.some((row) => row.kind === 'ESCALATED'),
      20_000,
      'a missed review',
    );
    expect(afterBreach.map((row) => row.kind)).toEqual(['ARMED', 'MET', 'ARMED', 'WARNING', 'BREACHED', 'ESCALATED']);
    expect(afterBreach[1]?.detail).toBe('pipeline reviewed: Champion confirmed');

    const lost = await handle.executeUpdate(disqualifyLeadUpdate, { args: [{ ...actor, reasonCode: 'NO_BUDGET' }] });
    expect(lost.stage).toBe(Stage.Disqualified);
    const status = await handle.result();
    expect(status.stage).toBe(Stage.Disqualified);
  });

  it('refuses a review before the lead is an opportunity', async () => {
    const lead = await insertLead(stack.database.dataSource, { email: 'too-early@review.example' });
    await startLeadLifecycle(stack.client, lead.id);
    const routed = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.ownerId !== null,
      20_000,
      'routing',
    );
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead.id));

    const attempt = handle.executeUpdate(reviewPipelineUpdate, { args: [{ actorId: routed.ownerId ?? '' }] });

    await expect(attempt).rejects.toMatchObject({ cause: { type: 'LeadActionRejected' } });
  });
});
