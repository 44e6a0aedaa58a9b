import { Stage } from '@accord/governance';
import { LeadEntity, StageTransitionEntity, SubmissionRejectionEntity, UserEntity } from '@accord/db';
import { leadWorkflowId, statusQuery } from '@accord/workflows';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const CREATE_LEAD = `mutation Create($input: LeadInput!) { createLead(input: $input) { id stage } }`;
const ACCEPT_LEAD = `mutation Accept($id: ID!) { acceptLead(id: $id) { id stage owner { email } } }`;
const REJECT_LEAD = `mutation Reject($id: ID!, $reasonCode: String!, $note: String) { rejectLead(id: $id, reasonCode: $reasonCode, note: $note) { id stage } }`;
const LEAD = `query Lead($id: ID!) { lead(id: $id) { id stage history { fromStage toStage reasonCode { code } } } }`;

const AMERICAS_REPS = ['diego@accord.example', 'emma@accord.example', 'farid@accord.example'];

let api: ApiStack;
let adminToken: string;

beforeAll(async () => {
  api = await startApiStack('api_lifecycle');
  adminToken = await api.signIn('admin@accord.example');
});

afterAll(async () => {
  await api?.stop();
});

function qualifyingLead(email: string) {
  return {
    email,
    firstName: 'Robin',
    lastName: 'Ames',
    title: 'VP Operations',
    company: 'Ames Freight',
    industry: 'Transportation',
    employeeCount: 1500,
    annualRevenueUsd: 200000000,
    country: 'USA',
    source: 'Web',
    behaviourScore: 70,
  };
}

async function ownerEmailOf(leadId: string): Promise<string> {
  const lead = await waitFor(
    () => api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: leadId } }),
    (row) => row.ownerId !== null,
    20_000,
    'routing',
  );
  const owner = await api.stack.database.dataSource.manager.findOneOrFail(UserEntity, { where: { id: lead.ownerId ?? '' } });

  return owner.email;
}

async function createRoutedLead(email: string): Promise<{ id: string; ownerEmail: string }> {
  const created = await api.graphql<{ createLead: { id: string; stage: string } }>(
    CREATE_LEAD,
    { input: qualifyingLead(email) },
    adminToken,
  );
  expect(created.errors).toBeUndefined();
  const id = created.data?.createLead.id ?? '';

  return { id, ownerEmail: await ownerEmailOf(id) };
}

describe('lead lifecycle through the API', () => {
  it('creates, routes and accepts a lead; history and workflow agree', async () => {
    const lead = await createRoutedLead('robin.ames@ames-freight.example');
    expect(AMERICAS_REPS).toContain(lead.ownerEmail);
    const ownerToken = await api.signIn(lead.ownerEmail);

    const accepted = await api.graphql<{ acceptLead: { stage: string; owner: { email: string } } }>(
      ACCEPT_LEAD,
      { id: lead.id },
      ownerToken,
    );

    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptLead.stage).toBe(Stage.Sal);
    const read = await api.graphql<{ lead: { history: { fromStage: string | null; toStage: string }[] } }>(
      LEAD,
      { id: lead.id },
      ownerToken,
    );
    expect(read.data?.lead.history.map((row) => `${row.fromStage ?? '-'}>${row.toStage}`)).toEqual(['->LEAD', 'LEAD>MQL', 'MQL>SAL']);
    const status = await api.stack.client.workflow.getHandle(leadWorkflowId(lead.id)).query(statusQuery);
    expect(status.stage).toBe(Stage.Sal);
  });

  it('refuses a rejection without a reason and writes no transition', async () => {
    const lead = await createRoutedLead('no-reason@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);

    const refused = await api.graphql(REJECT_LEAD, { id: lead.id, reasonCode: '' }, ownerToken);

    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('reasonCode');
    const transitions = await api.stack.database.dataSource.manager.count(StageTransitionEntity, { where: { leadId: lead.id } });
    expect(transitions).toBe(2);
  });

  it('refuses a retired or unknown reason code by name', async () => {
    const lead = await createRoutedLead('unknown-reason@ames-freight.example');
    const ownerToken = await api.signIn(lead.ownerEmail);

    const refused = await api.graphql(REJECT_LEAD, { id: lead.id, reasonCode: 'BECAUSE' }, ownerToken);

    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toContain('BECAUSE');
  });

  it('hides a lead from a rep of another team', async () => {
    const lead = await createRoutedLead('other-team@ames-freight.example');
    const strangerToken = await api.signIn('anna@accord.example');

    const read = await api.graphql(LEAD, { id: lead.id }, strangerToken);
    const act = await api.graphql(REJECT_LEAD, { id: lead.id, reasonCode: 'NO_FIT' }, strangerToken);

    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(act.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const row = await api.stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead.id } });
    expect(row.stage).toBe(Stage.Mql);
  });

  it('rotates an imported batch of six over the pool in order', async () => {
    const header = 'email,first_name,last_name,title,company,industry,employee_count,annual_revenue_usd,country,source,behaviour_score';
    const rows = Array.from(
      { length: 6 },
      (_, index) =>
        `batch${index + 1}@rotation.example,Batch,Lead ${index + 1},VP Sales,Rotation Co ${index + 1},Energy,2000,300000000,USA,Web,75`,
    );
    const started = await api.api.services.leadImports.start(null, { fileName: 'batch.csv', content: [header, ...rows].join('\n') });
    const job = await started.completion;
    expect(job.rowsCreated).toBe(6);

    const leads = await waitFor(
      () => api.stack.database.dataSource.manager.find(LeadEntity, { where: { importJobId: job.id }, relations: { owner: true } }),
      (found) => found.length === 6 && found.every((lead) => lead.ownerId !== null),
      30_000,
      'six routed leads',
    );
    const traceTicket = (lead: LeadEntity): number =>
      Number(/ticket (\d+)/.exec(lead.routingTrace.map((entry) => entry.outcome).join(' '))?.[1]);
    const inTicketOrder = [...leads].sort((a, b) => traceTicket(a) - traceTicket(b));
    const owners = inTicketOrder.map((lead) => lead.owner?.email);

    expect(owners.slice(3)).toEqual(owners.slice(0, 3));
    expect(new Set(owners.slice(0, 3)).size).toBe(3);
  });

  it('keeps an imported closed lead without a reason out, with its row reported', async () => {
    const content =
      'email,first_name,last_name,company,industry,country,source,stage,reason_code\nclosed@no-reason.example,Sam,Lee,No Reason Ltd,Energy,USA,Web,REJECTED,\n';
    const started = await api.api.services.leadImports.start(null, { fileName: 'closed.csv', content });
    const job = await started.completion;

    expect(job.status).toBe('COMPLETED');
    expect(job.rowsInvalid).toBe(1);
    expect(job.rowsCreated).toBe(0);
    const rejection = await api.stack.database.dataSource.manager.findOneOrFail(SubmissionRejectionEntity, {
      where: { importJobId: job.id },
    });
    expect(rejection.rowNumber).toBe(1);
    expect(JSON.stringify(rejection.problems)).toContain('reasonCode');
    expect(await api.stack.database.dataSource.manager.count(LeadEntity, { where: { email: 'closed@no-reason.example' } })).toBe(0);
  });
});
