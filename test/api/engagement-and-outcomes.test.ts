import { Stage } from '@accord/governance';
import { EngagementEventEntity, LeadEntity, PartnerEntity, SlaEventEntity, UserEntity } from '@accord/db';
import { leadWorkflowId } from '@accord/workflows';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const CREATE_LEAD = `mutation Create($input: LeadInput!) { createLead(input: $input) { id stage } }`;
const RECORD = `mutation Record($leadId: ID!, $event: String!, $occurredAt: DateTime!, $idempotencyKey: String!) {
  recordEngagement(leadId: $leadId, event: $event, occurredAt: $occurredAt, idempotencyKey: $idempotencyKey) { id leadId event }
}`;
const LEAD = `query Lead($id: ID!) {
  lead(id: $id) { stage behaviourScore fitScore scoreBreakdown { fit { field points } behaviour { event count points decayedPoints } } }
}`;
const ACCEPT = `mutation Accept($id: ID!) { acceptLead(id: $id) { stage } }`;
const QUALIFY = `mutation Qualify($id: ID!) { qualifyLead(id: $id) { stage } }`;
const CONVERT = `mutation Convert($id: ID!) { convertLead(id: $id) { stage } }`;
const WIN = `mutation Win($id: ID!) { winOpportunity(id: $id) { stage reasonCode closedAt slaState } }`;
const LOSE = `mutation Lose($id: ID!, $reasonCode: String!, $note: String) {
  loseOpportunity(id: $id, reasonCode: $reasonCode, note: $note) { stage reasonCode closedAt slaState }
}`;

let api: ApiStack;
let adminToken: string;

beforeAll(async () => {
  api = await startApiStack('engagement_outcomes');
  adminToken = await api.signIn('admin@accord.example');
});

afterAll(async () => {
  await api?.stop();
});

/** Builds a lead whose fit (90 points) meets every motion's fit threshold, with no intent unless `behaviourScore` is given. */
function fittingLead(email: string, behaviourScore = 0) {
  return {
    email,
    firstName: 'Kim',
    lastName: 'Olsen',
    title: 'COO',
    company: 'Olsen Haulage',
    industry: 'Transportation',
    employeeCount: 1500,
    annualRevenueUsd: 200000000,
    country: 'USA',
    source: 'Web',
    useCase: 'Fleet telemetry',
    behaviourScore,
  };
}

async function createLead(email: string, token: string, behaviourScore = 0): Promise<string> {
  const created = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: fittingLead(email, behaviourScore) }, token);
  expect(created.errors).toBeUndefined();

  return created.data?.createLead.id ?? '';
}

function readLead(id: string): Promise<LeadEntity> {
  return api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id } });
}

function record(leadId: string, event: string, idempotencyKey: string, token: string, occurredAt = new Date().toISOString()) {
  return api.graphql<{ recordEngagement: { id: string; leadId: string; event: string } }>(
    RECORD,
    { leadId, event, occurredAt, idempotencyKey },
    token,
  );
}

/** Waits until the lead's lifecycle has run its first step at LEAD (the Lead stage's enrichment clock is armed). */
async function settledAtLead(id: string): Promise<void> {
  await waitFor(
    () => api.stack.database.dataSource.manager.count(SlaEventEntity, { where: { leadId: id, stage: Stage.Lead } }),
    (count) => count > 0,
    20_000,
    'the Lead stage clock',
  );
}

async function signInSecondPartner(): Promise<string> {
  const manager = api.stack.database.dataSource.manager;
  const northwind = await manager.findOneOrFail(UserEntity, { where: { email: 'partner@northwind.example' } });
  const partner = await manager.save(manager.create(PartnerEntity, { key: 'contoso', name: 'Contoso Resellers' }));
  await manager.save(
    manager.create(UserEntity, {
      email: 'partner@contoso.example',
      name: 'Contoso API',
      role: 'PARTNER',
      partnerId: partner.id,
      passwordHash: northwind.passwordHash,
      timeZone: 'UTC',
    }),
  );

  return api.signIn('partner@contoso.example');
}

describe('recordEngagement', () => {
  it('moves a fitting lead to MQL on a demo request and routes it', async () => {
    const id = await createLead('kim.olsen@olsen-haulage.example', adminToken);
    await settledAtLead(id);
    expect((await readLead(id)).stage).toBe(Stage.Lead);

    const recorded = await record(id, 'demo_request', 'crm-event-1', adminToken);

    expect(recorded.errors).toBeUndefined();
    const routed = await waitFor(() => readLead(id), (row) => row.stage === Stage.Mql && row.ownerId !== null, 30_000, 'MQL and routing');
    expect(routed.behaviourScore).toBe(40);
    expect(routed.fitScore).toBe(90);
    const read = await api.graphql<{
      lead: { scoreBreakdown: { fit: { field: string }[]; behaviour: { event: string; count: number; points: number; decayedPoints: number }[] } };
    }>(LEAD, { id }, adminToken);
    expect(read.data?.lead.scoreBreakdown.fit.map((line) => line.field)).toContain('industry');
    expect(read.data?.lead.scoreBreakdown.behaviour).toEqual([{ event: 'demo_request', count: 1, points: 40, decayedPoints: 40 }]);
  });

  it('stores one event per idempotency key', async () => {
    const id = await createLead('retry@olsen-haulage.example', adminToken);
    const marketingToken = await api.signIn('marketing.ops@accord.example');

    const first = await record(id, 'email_click', 'retry-key-1', marketingToken);
    const second = await record(id, 'email_click', 'retry-key-1', marketingToken);

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.recordEngagement.id).toBe(first.data?.recordEngagement.id);
    expect(await api.stack.database.dataSource.manager.count(EngagementEventEntity, { where: { leadId: id } })).toBe(1);
    await waitFor(() => readLead(id), (row) => row.behaviourScore === 5, 20_000, 'rescoring');
  });

  it('refuses an unknown event and lists the known ones', async () => {
    const id = await createLead('unknown-event@olsen-haulage.example', adminToken);

    const refused = await record(id, 'page_view', 'unknown-event-1', adminToken);

    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('event');
    expect(refused.errors?.[0]?.message).toContain('demo_request, pricing_page_view');
    expect(await api.stack.database.dataSource.manager.count(EngagementEventEntity, { where: { leadId: id } })).toBe(0);
  });

  it('refuses an event in the future', async () => {
    const id = await createLead('future-event@olsen-haulage.example', adminToken);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();

    const refused = await record(id, 'demo_request', 'future-1', adminToken, tomorrow);

    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('occurredAt');
  });

  it('lets a partner record on its own lead only', async () => {
    const northwindToken = await api.signIn('partner@northwind.example');
    const contosoToken = await signInSecondPartner();
    const contosoLead = await createLead('buyer@contoso-lead.example', contosoToken);
    const northwindLead = await createLead('buyer@northwind-lead.example', northwindToken);

    const foreign = await record(contosoLead, 'demo_request', 'northwind-on-contoso', northwindToken);
    const own = await record(northwindLead, 'demo_request', 'northwind-on-own', northwindToken);

    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await api.stack.database.dataSource.manager.count(EngagementEventEntity, { where: { leadId: contosoLead } })).toBe(0);
    expect(own.errors).toBeUndefined();
  });

  it('refuses a rep', async () => {
    const id = await createLead('rep-event@olsen-haulage.example', adminToken);
    const repToken = await api.signIn('diego@accord.example');

    const refused = await record(id, 'demo_request', 'rep-1', repToken);

    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

/** Creates a qualifying lead and moves it to OPPORTUNITY through its owner; returns its id and the owner's token. */
async function createOpportunity(email: string): Promise<{ id: string; ownerToken: string }> {
  const id = await createLead(email, adminToken, 70);
  const routed = await waitFor(() => readLead(id), (row) => row.ownerId !== null, 20_000, 'routing');
  const owner = await api.stack.database.dataSource.manager.findOneOrFail(UserEntity, { where: { id: routed.ownerId ?? '' } });
  const ownerToken = await api.signIn(owner.email);
  for (const mutation of [ACCEPT, QUALIFY, CONVERT]) {
    const moved = await api.graphql(mutation, { id }, ownerToken);
    expect(moved.errors).toBeUndefined();
  }
  await waitFor(() => readLead(id), (row) => row.slaStage === Stage.Opportunity, 20_000, 'the pipeline review clock');

  return { id, ownerToken };
}

function opportunitySlaEvents(leadId: string): Promise<SlaEventEntity[]> {
  return api.stack.database.dataSource.manager.find(SlaEventEntity, {
    where: { leadId, stage: Stage.Opportunity },
    order: { occurredAt: 'ASC', sequence: 'ASC' },
  });
}

describe('opportunity outcomes', () => {
  it('wins an opportunity and stops its review clock', async () => {
    const { id, ownerToken } = await createOpportunity('win@olsen-haulage.example');

    const won = await api.graphql<{ winOpportunity: { stage: string; reasonCode: string | null; closedAt: string | null; slaState: string } }>(
      WIN,
      { id },
      ownerToken,
    );

    expect(won.errors).toBeUndefined();
    expect(won.data?.winOpportunity).toMatchObject({ stage: Stage.Won, reasonCode: null, slaState: 'NONE' });
    expect(won.data?.winOpportunity.closedAt).not.toBeNull();
    expect((await opportunitySlaEvents(id)).map((row) => row.kind)).toEqual(['ARMED', 'MET']);
    const status = await api.stack.client.workflow.getHandle(leadWorkflowId(id)).result();
    expect(status.stage).toBe(Stage.Won);
  });

  it.each<[string, string, string | null, string]>([
    ['an empty reason', '', null, 'reasonCode'],
    ['a reason of another kind', 'SPAM', null, 'reasonCode'],
    ['a reason without its required note', 'COMPETITOR', null, 'note'],
  ])('refuses to lose with %s', async (_case, reasonCode, note, field) => {
    const { id, ownerToken } = await createOpportunity(`lose-${field}-${reasonCode || 'empty'}@olsen-haulage.example`);

    const refused = await api.graphql(LOSE, { id, reasonCode, note }, ownerToken);

    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.map((problem: { field: string }) => problem.field)).toContain(field);
    expect((await readLead(id)).stage).toBe(Stage.Opportunity);
  });

  it('loses an opportunity with a LOST reason', async () => {
    const { id, ownerToken } = await createOpportunity('lose@olsen-haulage.example');

    const lost = await api.graphql<{ loseOpportunity: { stage: string; reasonCode: string | null; closedAt: string | null; slaState: string } }>(
      LOSE,
      { id, reasonCode: 'COMPETITOR', note: 'Chose a cheaper tracker' },
      ownerToken,
    );

    expect(lost.errors).toBeUndefined();
    expect(lost.data?.loseOpportunity).toMatchObject({ stage: Stage.Lost, reasonCode: 'COMPETITOR', slaState: 'NONE' });
    expect(lost.data?.loseOpportunity.closedAt).not.toBeNull();
    expect((await opportunitySlaEvents(id)).map((row) => row.kind)).toEqual(['ARMED', 'MET']);
  });

  it('refuses to win a lead that is not an opportunity', async () => {
    const id = await createLead('too-early-win@olsen-haulage.example', adminToken, 70);
    const routed = await waitFor(() => readLead(id), (row) => row.ownerId !== null, 20_000, 'routing');
    const owner = await api.stack.database.dataSource.manager.findOneOrFail(UserEntity, { where: { id: routed.ownerId ?? '' } });

    const refused = await api.graphql(WIN, { id }, await api.signIn(owner.email));

    expect(refused.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('stores engagement on a closed lead without moving it', async () => {
    const { id, ownerToken } = await createOpportunity('closed-event@olsen-haulage.example');
    await api.graphql(WIN, { id }, ownerToken);

    const recorded = await record(id, 'pricing_page_view', 'closed-1', adminToken);

    expect(recorded.errors).toBeUndefined();
    expect(await api.stack.database.dataSource.manager.count(EngagementEventEntity, { where: { leadId: id } })).toBe(1);
    expect((await readLead(id)).stage).toBe(Stage.Won);
  });
});
