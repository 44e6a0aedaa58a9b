import { SubmissionRejectionEntity, StageTransitionEntity, loadConfig } from '@accord/db';
import { Motion, Stage } from '@accord/governance';
import { LeadActionError } from '@accord/workflows';

import { signAccessToken } from './auth/access-token';
import { MAX_IMPORT_FILE_BYTES } from './import/import-limits';
import type { Caller } from './auth/caller';
import { startApiServer, type ApiServer } from './server';
import { callerOf, insertLeadRow, seedDemoOrganisation } from './testing/demo-organisation.fixture';
import { postGraphQL, signInDemo } from './testing/graphql-client.fixture';
import { RecordingLifecycle } from './testing/recording-lifecycle.fixture';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

let database: ThrowawayDatabase;
let server: ApiServer;
const config = { ...loadConfig({ NODE_ENV: 'test' }), httpPort: 0 };
let lifecycle: RecordingLifecycle;
let anna: Caller;
let ben: Caller;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  database = await createThrowawayDatabase('api');
  await seedDemoOrganisation(database.dataSource);
  lifecycle = new RecordingLifecycle();
  server = await startApiServer({
    config,
    dataSource: database.dataSource,
    lifecycle,
  });

  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  for (const email of ['admin@accord.example', 'anna@accord.example', 'ben@accord.example', 'partner@northwind.example']) {
    tokens[email] = await signInDemo(server.url, email);
  }
});

afterAll(async () => {
  await server.stop();
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM submission_rejections');
  lifecycle.started.length = 0;
  lifecycle.actions.length = 0;
  lifecycle.onStart = async () => undefined;
});

function tokenOf(email: string): string {
  const token = tokens[email];
  if (token === undefined) {
    throw new Error(`no token for ${email}`);
  }

  return token;
}

const CREATE_LEAD = `mutation CreateLead($input: LeadInput!) {
  createLead(input: $input) { id email stage motion fitScore governanceVersion history { fromStage toStage actorLabel } }
}`;
const READ_LEAD = 'query Lead($id: ID!) { lead(id: $id) { id stage owner { email team { key } } } }';
/** The partner-safe fields: partners get FORBIDDEN for contact data, owners and scores. */
const PARTNER_CREATE_LEAD = `mutation CreateLead($input: LeadInput!) { createLead(input: $input) { id stage motion partnerStatus } }`;
const PARTNER_READ_LEAD = 'query Lead($id: ID!) { lead(id: $id) { id stage partnerStatus team { label } } }';
const REJECT_LEAD = `mutation Reject($id: ID!, $reasonCode: String!, $note: String) {
  rejectLead(id: $id, reasonCode: $reasonCode, note: $note) { id stage }
}`;

describe('API server', () => {
  it('reports health while the database responds', async () => {
    const response = await fetch(server.url.replace('/graphql', '/health'));

    expect(response.status).toBe(200);
  });

  it('rejects operations without a token', async () => {
    const response = await postGraphQL(server.url, '{ leads { totalCount } }');

    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('rejects a wrong password', async () => {
    const response = await postGraphQL(server.url, 'mutation { signIn(email: "anna@accord.example", password: "wrong") { token } }');

    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('returns the signed-in user with their team', async () => {
    const response = await postGraphQL<{ me: { email: string; role: string; team: { key: string } } }>(
      server.url,
      '{ me { email role team { key } } }',
      {},
      tokenOf('anna@accord.example'),
    );

    expect(response.data?.me).toEqual({ email: 'anna@accord.example', role: 'REP', team: { key: 'emea' } });
  });

  it('validates the page size', async () => {
    const response = await postGraphQL(server.url, '{ leads(first: 0) { totalCount } }', {}, tokenOf('admin@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('first');
  });

  it('validates the owner filter before querying', async () => {
    const response = await postGraphQL(server.url, '{ leads(filter: { ownerId: "anna" }) { totalCount } }', {}, tokenOf('admin@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('filter.ownerId');
  });

  it('rejects a cursor with an impossible date on after', async () => {
    const cursor = Buffer.from(JSON.stringify(['2026-02-30T09:30:00.000000Z', anna.id])).toString('base64url');

    const response = await postGraphQL(server.url, 'query ($after: String) { leads(after: $after) { totalCount } }', { after: cursor }, tokenOf('admin@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('after');
  });

  it('tells an expired session apart from a missing one', async () => {
    const expired = signAccessToken(
      { userId: anna.id, sessionId: '00000000-0000-4000-8000-000000000000' },
      { secret: config.jwtSecret, ttlSeconds: 60 },
      new Date(Date.now() - 3600_000),
    );

    const response = await postGraphQL(server.url, '{ me { email } }', {}, expired.token);

    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0]?.message).toContain('expired');
  });
});

describe('createLead', () => {
  it('stores a lead at LEAD and starts its lifecycle', async () => {
    const response = await postGraphQL<{ createLead: { id: string; stage: string; governanceVersion: number; history: unknown[] } }>(
      server.url,
      CREATE_LEAD,
      { input: { email: ' Grace@Example.com ', source: 'Web', firstName: 'Grace' } },
      tokenOf('admin@accord.example'),
    );

    const lead = response.data?.createLead;
    expect(response.errors).toBeUndefined();
    expect(lead?.stage).toBe('LEAD');
    expect(lead?.governanceVersion).toBe(1);
    expect(lead?.history).toEqual([{ fromStage: null, toStage: 'LEAD', actorLabel: 'Ada Admin' }]);
    expect(lifecycle.started).toEqual([lead?.id]);
  });

  it('rejects an invalid e-mail and stores the rejection', async () => {
    const response = await postGraphQL(server.url, CREATE_LEAD, { input: { email: 'not-an-address', source: 'Web' } }, tokenOf('admin@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('email');
    const rejections = await database.dataSource.getRepository(SubmissionRejectionEntity).find();
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ channel: 'API', outcome: 'INVALID', payload: { email: 'not-an-address' } });
    expect(lifecycle.started).toEqual([]);
  });

  it('rejects a duplicate e-mail with CONFLICT naming the existing lead', async () => {
    const existing = await insertLeadRow(database.dataSource, { email: 'dup@example.com' });

    const response = await postGraphQL(server.url, CREATE_LEAD, { input: { email: 'DUP@example.com', source: 'Web' } }, tokenOf('admin@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toContain(existing.id);
    const rejections = await database.dataSource.getRepository(SubmissionRejectionEntity).find();
    expect(rejections.map((rejection) => rejection.outcome)).toEqual(['DUPLICATE']);
  });

  it('hides the existing lead of another team from a partner’s duplicate', async () => {
    const existing = await insertLeadRow(database.dataSource, { email: 'taken@example.com', ownerId: ben.id, teamId: ben.teamId });

    const response = await postGraphQL(server.url, CREATE_LEAD, { input: { email: 'Taken@example.com', source: 'Partner Referral' } }, tokenOf('partner@northwind.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(response.errors?.[0]?.message).toBe('A lead with this e-mail address was already submitted; no new lead was created.');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'email', value: 'Taken@example.com', message: 'a lead with this e-mail address was already submitted; no new lead was created' },
    ]);
    expect(JSON.stringify(response)).not.toContain(existing.id);
    const rejections = await database.dataSource.getRepository(SubmissionRejectionEntity).find();
    expect(rejections.map((rejection) => rejection.outcome)).toEqual(['DUPLICATE']);
    expect(JSON.stringify(rejections[0]?.problems)).not.toContain(existing.id);
  });

  it('hides another rep’s lead from a rep’s duplicate', async () => {
    const existing = await insertLeadRow(database.dataSource, { email: 'bens@example.com', ownerId: ben.id, teamId: ben.teamId });

    const response = await postGraphQL(server.url, CREATE_LEAD, { input: { email: 'bens@example.com', source: 'Web' } }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(JSON.stringify(response)).not.toContain(existing.id);
  });

  it('returns a partner’s repeated lead within the window', async () => {
    const partner = await callerOf(database.dataSource, 'partner@northwind.example');
    const existing = await insertLeadRow(database.dataSource, { email: 'mine@example.com', partnerId: partner.partnerId, motion: Motion.Partner });

    const response = await postGraphQL<{ createLead: { id: string } }>(
      server.url,
      PARTNER_CREATE_LEAD,
      { input: { email: 'mine@example.com', source: 'Partner Referral' } },
      tokenOf('partner@northwind.example'),
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.createLead.id).toBe(existing.id);
    expect(lifecycle.started).toEqual([]);
  });

  it('rejects a partner’s lead with another motion', async () => {
    const response = await postGraphQL(
      server.url,
      CREATE_LEAD,
      { input: { email: 'inbound-by-partner@example.com', source: 'Partner Referral', motion: 'INBOUND' } },
      tokenOf('partner@northwind.example'),
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'motion', value: 'INBOUND', message: expect.stringContaining('partners submit PARTNER leads') },
    ]);
    const rejections = await database.dataSource.getRepository(SubmissionRejectionEntity).find();
    expect(rejections.map((rejection) => rejection.outcome)).toEqual(['INVALID']);
    expect(lifecycle.started).toEqual([]);
  });

  it('accepts a partner’s lead with motion PARTNER', async () => {
    const response = await postGraphQL<{ createLead: { motion: string } }>(
      server.url,
      PARTNER_CREATE_LEAD,
      { input: { email: 'partner-motion@example.com', source: 'Partner Referral', motion: 'PARTNER' } },
      tokenOf('partner@northwind.example'),
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.createLead.motion).toBe('PARTNER');
  });

  it('links a partner’s lead to the partner and hides it from reps', async () => {
    const created = await postGraphQL<{ createLead: { id: string; motion: string } }>(
      server.url,
      PARTNER_CREATE_LEAD,
      { input: { email: 'partner-lead@example.com', source: 'Partner Referral' } },
      tokenOf('partner@northwind.example'),
    );
    const id = created.data?.createLead.id;

    expect(created.data?.createLead.motion).toBe('PARTNER');
    const asPartner = await postGraphQL(server.url, PARTNER_READ_LEAD, { id }, tokenOf('partner@northwind.example'));
    expect(asPartner.errors).toBeUndefined();
    const asRep = await postGraphQL(server.url, READ_LEAD, { id }, tokenOf('anna@accord.example'));
    expect(asRep.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('arguments with a NUL character', () => {
  it('are refused as BAD_USER_INPUT naming the argument, with nothing stored', async () => {
    const response = await postGraphQL(
      server.url,
      CREATE_LEAD,
      { input: { email: 'nul@example.com', company: 'Harbor\u0000Freight', source: 'Web' } },
      tokenOf('anna@accord.example'),
    );
    const signIn = await postGraphQL(server.url, 'mutation { signIn(email: "a\\u0000@example.com", password: "x") { token } }', {}, null);

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ field: 'input.company', value: null })]);
    expect(signIn.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await database.dataSource.getRepository(SubmissionRejectionEntity).count()).toBe(0);
  });
});

describe('lead visibility and actions', () => {
  it('returns NOT_FOUND when a rep reads or acts on another rep’s lead', async () => {
    const bens = await insertLeadRow(database.dataSource, { email: 'ben-lead@example.com', ownerId: ben.id, teamId: ben.teamId, stage: Stage.Mql });

    const read = await postGraphQL(server.url, READ_LEAD, { id: bens.id }, tokenOf('anna@accord.example'));
    const accept = await postGraphQL(server.url, 'mutation ($id: ID!) { acceptLead(id: $id) { id } }', { id: bens.id }, tokenOf('anna@accord.example'));

    expect(read.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(accept.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(lifecycle.actions).toEqual([]);
  });

  it('forbids partners to act', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'p@example.com', stage: Stage.Mql });

    const response = await postGraphQL(server.url, 'mutation ($id: ID!) { acceptLead(id: $id) { id } }', { id: lead.id }, tokenOf('partner@northwind.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['', '   '])('rejects rejectLead with reason %p before the workflow', async (reasonCode) => {
    const lead = await insertLeadRow(database.dataSource, { email: 'r@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Mql });

    const response = await postGraphQL(server.url, REJECT_LEAD, { id: lead.id, reasonCode }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('reasonCode');
    expect(await database.dataSource.getRepository(StageTransitionEntity).countBy({ leadId: lead.id })).toBe(0);
    expect(lifecycle.actions).toEqual([]);
  });

  it('rejects a retired or unknown reason before the workflow', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'u@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Mql });

    const response = await postGraphQL(server.url, REJECT_LEAD, { id: lead.id, reasonCode: 'NOT_A_CODE' }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(lifecycle.actions).toEqual([]);
  });

  it('sends a valid rejection to the lifecycle', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'v@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Mql });
    lifecycle.onExecute = async (leadId) => ({ leadId, stage: Stage.Rejected, ownerId: null });

    const response = await postGraphQL(server.url, REJECT_LEAD, { id: lead.id, reasonCode: 'NO_FIT', note: ' wrong industry ' }, tokenOf('anna@accord.example'));

    expect(response.errors).toBeUndefined();
    expect(lifecycle.actions).toEqual([{ leadId: lead.id, action: 'REJECT', input: { actorId: anna.id, reasonCode: 'NO_FIT', note: 'wrong industry' } }]);
  });

  it('passes the workflow’s rejection on with its code and problems', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'w@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Mql });
    const problems = [{ field: 'stage', value: 'SAL', message: 'lead is in stage SAL; reject applies to leads in stage MQL' }];
    lifecycle.onExecute = async () => {
      throw new LeadActionError('CONFLICT', 'lead is in stage SAL', problems);
    };

    const response = await postGraphQL(server.url, REJECT_LEAD, { id: lead.id, reasonCode: 'NO_FIT' }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', problems });
  });
});

describe('lead action timeout', () => {
  it('returns SERVICE_UNAVAILABLE when the lifecycle does not answer', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 't@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Mql });
    const message = "the lead's lifecycle did not answer within 20 s; the worker may be down.";
    lifecycle.onExecute = async () => {
      throw new LeadActionError('UNAVAILABLE', message);
    };

    const response = await postGraphQL(server.url, 'mutation ($id: ID!) { acceptLead(id: $id) { id } }', { id: lead.id }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(response.errors?.[0]?.message).toBe(message);
  });
});

describe('lead query', () => {
  it('returns history with reason labels and SLA events with owners', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'h@example.com', ownerId: anna.id, teamId: anna.teamId, stage: Stage.Rejected });
    await database.dataSource.query(
      `INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, actor_id, reason_code, note, governance_version, occurred_at, idempotency_key)
       VALUES ($1, NULL, 'LEAD', 'IMPORT', NULL, NULL, NULL, 1, '2026-03-02T09:00:00Z', $3),
              ($1, 'MQL', 'REJECTED', 'USER', $2, 'NO_FIT', 'wrong industry', 1, '2026-03-02T10:00:00Z', $4)`,
      [lead.id, anna.id, `${lead.id}:created`, `${lead.id}:rejected`],
    );
    await database.dataSource.query(
      `INSERT INTO sla_events (lead_id, stage, kind, owner_id, due_at, occurred_at, detail, idempotency_key)
       VALUES ($1, 'SAL', 'ARMED', $2, '2026-03-02T11:00:00Z', '2026-03-02T09:30:00Z', NULL, $3)`,
      [lead.id, anna.id, `${lead.id}:armed`],
    );

    const response = await postGraphQL<{ lead: { history: unknown[]; slaEvents: unknown[] } }>(
      server.url,
      `query ($id: ID!) { lead(id: $id) {
        history { fromStage toStage actorLabel actor { email } reasonCode { code label } note occurredAt }
        slaEvents { kind stage dueAt owner { email } }
      } }`,
      { id: lead.id },
      tokenOf('anna@accord.example'),
    );

    expect(response.data?.lead.history).toEqual([
      { fromStage: null, toStage: 'LEAD', actorLabel: 'Import', actor: null, reasonCode: null, note: null, occurredAt: '2026-03-02T09:00:00.000Z' },
      {
        fromStage: 'MQL',
        toStage: 'REJECTED',
        actorLabel: 'Anna Keller',
        actor: { email: 'anna@accord.example' },
        reasonCode: { code: 'NO_FIT', label: 'No fit' },
        note: 'wrong industry',
        occurredAt: '2026-03-02T10:00:00.000Z',
      },
    ]);
    expect(response.data?.lead.slaEvents).toEqual([
      { kind: 'ARMED', stage: 'SAL', dueAt: '2026-03-02T11:00:00.000Z', owner: { email: 'anna@accord.example' } },
    ]);
  });
});

describe('governance queries', () => {
  it('renders entry criteria in words and filters reason codes by kind', async () => {
    const response = await postGraphQL<{
      activeGovernance: { version: number; stages: { stage: string; entryCriteria: string | null }[] };
      reasonCodes: { code: string; kinds: string[] }[];
    }>(
      server.url,
      '{ activeGovernance { version stages { stage entryCriteria } } reasonCodes(kind: ACCEPT) { code kinds } }',
      {},
      tokenOf('anna@accord.example'),
    );

    expect(response.data?.activeGovernance.version).toBe(1);
    const mql = response.data?.activeGovernance.stages.find((stage) => stage.stage === 'MQL');
    expect(typeof mql?.entryCriteria).toBe('string');
    expect(response.data?.reasonCodes.every((code) => code.kinds.includes('ACCEPT'))).toBe(true);
    expect(response.data?.reasonCodes.length).toBeGreaterThan(0);
  });
});

describe('reasonCodes', () => {
  it('returns every active code without a kind', async () => {
    const { model } = await server.services.governance.getPublished();
    const activeCodes = model.reasonCodes.filter((reason) => reason.active).map((reason) => reason.code);

    const response = await postGraphQL<{ reasonCodes: { code: string }[] }>(server.url, '{ reasonCodes { code } }', {}, tokenOf('anna@accord.example'));

    expect(activeCodes.length).toBeGreaterThan(0);
    expect(response.data?.reasonCodes.map((reason) => reason.code).sort()).toEqual([...activeCodes].sort());
  });

  it('returns retired codes too with includeRetired', async () => {
    const { model } = await server.services.governance.getPublished();

    const response = await postGraphQL<{ reasonCodes: { code: string }[] }>(
      server.url,
      '{ reasonCodes(includeRetired: true) { code } }',
      {},
      tokenOf('anna@accord.example'),
    );

    expect(response.data?.reasonCodes.map((reason) => reason.code)).toEqual(expect.arrayContaining(model.reasonCodes.map((reason) => reason.code)));
  });
});

describe('importLeads', () => {
  const IMPORT_LEADS = `mutation Import($input: ImportLeadsInput!) {
    importLeads(input: $input) { id status rowsTotal }
  }`;
  const IMPORT_JOB = `query Job($id: ID!) {
    importJob(id: $id) { status rowsDone rowsCreated rowsInvalid problems { rowNumber field value message } }
  }`;
  const content = 'email,first_name,last_name,source\nimported@example.com,Ida,One,Web\nbroken,Ian,Two,Web\n';

  it('returns a FAILED job for a file over the byte limit', async () => {
    const oversized = `${content}${'x'.repeat(MAX_IMPORT_FILE_BYTES)}`;

    const response = await postGraphQL<{ importLeads: { id: string; status: string } }>(
      server.url,
      'mutation Import($input: ImportLeadsInput!) { importLeads(input: $input) { id status error } }',
      { input: { fileName: 'huge.csv', content: oversized } },
      tokenOf('admin@accord.example'),
    );

    expect(response.errors).toBeUndefined();
    expect(response.data?.importLeads).toMatchObject({ status: 'FAILED', error: expect.stringContaining('Split the file') });
  });

  it('forbids reps to import', async () => {
    const response = await postGraphQL(server.url, IMPORT_LEADS, { input: { fileName: 'a.csv', content } }, tokenOf('anna@accord.example'));

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('returns the job at once and reports its problems when done', async () => {
    const token = tokenOf('admin@accord.example');
    const started = await postGraphQL<{ importLeads: { id: string; rowsTotal: number } }>(
      server.url,
      IMPORT_LEADS,
      { input: { fileName: 'a.csv', content } },
      token,
    );
    const id = started.data?.importLeads.id;
    expect(started.data?.importLeads.rowsTotal).toBe(2);

    let job: { status: string; rowsDone: number; rowsCreated: number; rowsInvalid: number; problems: unknown[] } | undefined;
    for (let attempt = 0; attempt < 50 && job?.status !== 'COMPLETED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = (await postGraphQL<{ importJob: NonNullable<typeof job> }>(server.url, IMPORT_JOB, { id }, token)).data?.importJob;
    }

    expect(job).toMatchObject({ status: 'COMPLETED', rowsDone: 2, rowsCreated: 1, rowsInvalid: 1 });
    expect(job?.problems).toEqual([{ rowNumber: 2, field: 'email', value: 'broken', message: expect.stringContaining('not a valid e-mail') }]);
  });
});
