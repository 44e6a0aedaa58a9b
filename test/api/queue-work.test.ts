import { AuditAction, AuditEntryEntity, LeadEntity } from '@accord/db';
import { Stage } from '@accord/governance';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const CREATE_LEAD = `mutation Create($input: LeadInput!) { createLead(input: $input) { id } }`;
const REASSIGN_LEAD = `mutation Reassign($id: ID!, $toUserId: ID!, $reason: String!) {
  reassignLead(id: $id, toUserId: $toUserId, reason: $reason) {
    owner { email }
    routingTrace { step key label outcome }
    slaEvents { kind detail owner { email } }
  }
}`;
const LOG_CONTACT_ATTEMPT = `mutation Log($id: ID!, $outcome: ContactOutcome!) {
  logContactAttempt(id: $id, channel: PHONE, outcome: $outcome, note: "Called the main line") {
    firstTouchAt speedToLeadSeconds responseSeconds contactAttempts { outcome actor { email } }
  }
}`;
const UPDATE_LEAD = `mutation Update($id: ID!, $input: LeadUpdateInput!) { updateLead(id: $id, input: $input) { useCase missingFieldsForNextStage } }`;
const ACCEPT_LEAD = `mutation Accept($id: ID!) { acceptLead(id: $id) { stage missingFieldsForNextStage } }`;
const QUALIFY_LEAD = `mutation Qualify($id: ID!) { qualifyLead(id: $id) { stage history { fromStage toStage } } }`;
const CONVERT_LEAD = `mutation Convert($id: ID!) { convertLead(id: $id) { stage } }`;
const REVIEW_PIPELINE = `mutation Review($id: ID!, $note: String) { reviewPipeline(id: $id, note: $note) { stage slaDueAt } }`;

const AMERICAS_REPS = ['diego@accord.example', 'emma@accord.example', 'farid@accord.example'];

let api: ApiStack;
let adminToken: string;

beforeAll(async () => {
  api = await startApiStack('api_queue_work');
  adminToken = await api.signIn('admin@accord.example');
});

afterAll(async () => {
  await api?.stop();
});

/** Creates an inbound lead in the USA that meets the MQL criteria, without a use case, and waits until routing gives it an owner. */
async function createRoutedLead(email: string): Promise<{ id: string; ownerEmail: string }> {
  const created = await api.graphql<{ createLead: { id: string } }>(
    CREATE_LEAD,
    {
      input: {
        email,
        firstName: 'Robin',
        lastName: 'Ames',
        title: 'VP Operations',
        company: 'Ames Freight',
        industry: 'Transportation',
        employeeCount: 1500,
        annualRevenueUsd: 200_000_000,
        country: 'USA',
        source: 'Web',
        behaviourScore: 70,
      },
    },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data?.createLead.id ?? '';
  const lead = await waitFor(
    () => api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id }, relations: { owner: true } }),
    (row) => row.owner !== null && row.owner !== undefined,
    20_000,
    'routing',
  );

  return { id, ownerEmail: lead.owner?.email ?? '' };
}

async function rotationOf(poolKey: string): Promise<string> {
  const rows: { rotation: string }[] = await api.stack.database.dataSource.query('SELECT rotation FROM routing_pools WHERE key = $1', [
    poolKey,
  ]);

  return rows[0]?.rotation ?? 'missing';
}

describe('queue work through the API', () => {
  it('lets a manager reassign a routed lead with a reason', async () => {
    const lead = await createRoutedLead('reassign@ames-freight.example');
    const routed = await api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } });
    const poolKey = routed.routingPool ?? '';
    const rotationBefore = await rotationOf(poolKey);
    const target = await api.stack.userByEmail(AMERICAS_REPS.find((email) => email !== lead.ownerEmail) ?? '');
    const managerToken = await api.signIn('manager.americas@accord.example');

    const response = await api.graphql<{
      reassignLead: {
        owner: { email: string };
        routingTrace: { step: string; key: string; label: string | null; outcome: string }[];
        slaEvents: { kind: string; detail: string | null; owner: { email: string } | null }[];
      };
    }>(REASSIGN_LEAD, { id: lead.id, toUserId: target.id, reason: 'Speaks the buyer language' }, managerToken);

    expect(response.errors).toBeUndefined();
    expect(response.data?.reassignLead.owner.email).toBe(target.email);
    expect(await rotationOf(poolKey)).toBe(rotationBefore);
    const reassigned = response.data?.reassignLead.slaEvents.filter((event) => event.kind === 'REASSIGNED');
    expect(reassigned).toEqual([
      { kind: 'REASSIGNED', detail: 'reassigned by a manager: Speaks the buyer language', owner: { email: target.email } },
    ]);
    expect(response.data?.reassignLead.routingTrace.at(-1)).toEqual({
      step: 'ASSIGNED',
      key: target.id,
      label: target.name,
      outcome: 'reassigned by a manager: Speaks the buyer language',
    });
    const audit = await api.stack.database.dataSource.manager.find(AuditEntryEntity, {
      where: { targetId: lead.id },
      order: { occurredAt: 'ASC' },
    });
    expect(audit.map((entry) => entry.action)).toEqual([AuditAction.LeadCreated, AuditAction.LeadReassigned]);
    expect(audit[0]?.summary).toBe(`Submitted the lead of Ames Freight (lead ${lead.id}).`);
  });

  it('refuses a reassignment to a rep of another team', async () => {
    const lead = await createRoutedLead('other-team@ames-freight.example');
    const anna = await api.stack.userByEmail('anna@accord.example');

    const response = await api.graphql(REASSIGN_LEAD, { id: lead.id, toUserId: anna.id, reason: 'Cover' }, adminToken);

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.map((problem) => problem.field)).toEqual(['toUserId']);
  });

  it('sets the first touch from a rep’s contact attempt once', async () => {
    const lead = await createRoutedLead('contact@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);

    const first = await api.graphql<{
      logContactAttempt: { firstTouchAt: string | null; speedToLeadSeconds: number | null; responseSeconds: number | null };
    }>(LOG_CONTACT_ATTEMPT, { id: lead.id, outcome: 'NO_ANSWER' }, ownerToken);
    const second = await api.graphql<{
      logContactAttempt: { firstTouchAt: string | null; contactAttempts: { outcome: string; actor: { email: string } }[] };
    }>(LOG_CONTACT_ATTEMPT, { id: lead.id, outcome: 'REACHED' }, ownerToken);

    expect(first.errors).toBeUndefined();
    expect(first.data?.logContactAttempt.firstTouchAt).not.toBeNull();
    expect(first.data?.logContactAttempt.speedToLeadSeconds).toEqual(expect.any(Number));
    expect(first.data?.logContactAttempt.responseSeconds).toEqual(expect.any(Number));
    expect(second.data?.logContactAttempt.firstTouchAt).toBe(first.data?.logContactAttempt.firstTouchAt);
    expect(second.data?.logContactAttempt.contactAttempts).toEqual([
      { outcome: 'NO_ANSWER', actor: { email: lead.ownerEmail } },
      { outcome: 'REACHED', actor: { email: lead.ownerEmail } },
    ]);
  });

  it('qualifies a lead after the rep fills the missing use case', async () => {
    const lead = await createRoutedLead('fill-in@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);

    const updated = await api.graphql<{ updateLead: { useCase: string; missingFieldsForNextStage: string[] } }>(
      UPDATE_LEAD,
      { id: lead.id, input: { useCase: 'Route inbound freight by region' } },
      ownerToken,
    );
    // No wait here: the lifecycle applies the data-changed signal before it checks a later request.
    const accepted = await api.graphql<{ acceptLead: { stage: string; missingFieldsForNextStage: string[] } }>(
      ACCEPT_LEAD,
      { id: lead.id },
      ownerToken,
    );
    const qualified = await api.graphql<{ qualifyLead: { stage: string; history: { fromStage: string | null; toStage: string }[] } }>(
      QUALIFY_LEAD,
      { id: lead.id },
      ownerToken,
    );

    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateLead.useCase).toBe('Route inbound freight by region');
    expect(accepted.data?.acceptLead).toEqual({ stage: Stage.Sal, missingFieldsForNextStage: [] });
    expect(qualified.errors).toBeUndefined();
    expect(qualified.data?.qualifyLead.stage).toBe(Stage.Sql);
    expect(qualified.data?.qualifyLead.history.map((row) => `${row.fromStage ?? '-'}>${row.toStage}`)).toEqual([
      '->LEAD',
      'LEAD>MQL',
      'MQL>SAL',
      'SAL>SQL',
    ]);
  });

  it('refuses to qualify a lead without the use case, naming it', async () => {
    const lead = await createRoutedLead('no-use-case@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);

    const accepted = await api.graphql<{ acceptLead: { stage: string; missingFieldsForNextStage: string[] } }>(
      ACCEPT_LEAD,
      { id: lead.id },
      ownerToken,
    );
    const refused = await api.graphql(QUALIFY_LEAD, { id: lead.id }, ownerToken);

    expect(accepted.data?.acceptLead.missingFieldsForNextStage).toEqual(['useCase']);
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(refused.errors?.[0]?.extensions?.problems)).toContain('useCase');
  });

  it('records a weekly pipeline review on an opportunity', async () => {
    const lead = await createRoutedLead('pipeline@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);
    await api.graphql(UPDATE_LEAD, { id: lead.id, input: { useCase: 'Fleet telemetry' } }, ownerToken);
    for (const mutation of [ACCEPT_LEAD, QUALIFY_LEAD, CONVERT_LEAD]) {
      expect((await api.graphql(mutation, { id: lead.id }, ownerToken)).errors).toBeUndefined();
    }
    await waitFor(
      () => api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } }),
      (row) => row.slaStage === Stage.Opportunity,
      20_000,
      'the weekly review clock',
    );

    const reviewed = await api.graphql<{ reviewPipeline: { stage: string; slaDueAt: string | null } }>(
      REVIEW_PIPELINE,
      { id: lead.id, note: 'Next step: security review' },
      ownerToken,
    );

    expect(reviewed.errors).toBeUndefined();
    expect(reviewed.data?.reviewPipeline.stage).toBe(Stage.Opportunity);
    expect(reviewed.data?.reviewPipeline.slaDueAt).not.toBeNull();
    const details: { detail: string }[] = await api.stack.database.dataSource.query(
      `SELECT detail FROM sla_events WHERE lead_id = $1 AND kind = 'MET' AND stage = 'OPPORTUNITY'`,
      [lead.id],
    );
    expect(details).toEqual([{ detail: 'pipeline reviewed: Next step: security review' }]);
  });
});
