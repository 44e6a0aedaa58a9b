import { ContactChannel, ContactOutcome, GovernanceVersionEntity, NotificationEntity, SlaState, TeamEntity, loadConfig } from '@accord/db';
import { Stage } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { startApiServer, type ApiServer } from '../server';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { postGraphQL, signInDemo, type GraphQLResponse } from '../testing/graphql-client.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

let database: ThrowawayDatabase;
let server: ApiServer;
let lifecycle: RecordingLifecycle;
let anna: Caller;
let ben: Caller;
let emeaTeamId: string;
const tokens: Record<string, string> = {};

const LEAD_WORK_FIELDS = `query Lead($id: ID!) {
  lead(id: $id) {
    routingPool escalationCount slaStage slaStartedAt slaWarnAt slaPauseReasons
    speedToLeadSeconds speedToLeadBusinessSeconds responseSeconds responseBusinessSeconds
    missingFieldsForNextStage
    routingTrace { step key label outcome }
    contactAttempts { channel outcome note actor { email } }
    notes { body actor { email } }
  }
}`;

interface LeadWorkFields {
  routingPool: string | null;
  escalationCount: number;
  slaStage: string | null;
  slaPauseReasons: string[];
  speedToLeadSeconds: number | null;
  missingFieldsForNextStage: string[];
  routingTrace: { step: string; key: string; label: string | null; outcome: string }[];
  contactAttempts: { channel: string; outcome: string; note: string | null; actor: { email: string } | null }[];
  notes: { body: string; actor: { email: string } | null }[];
}

beforeAll(async () => {
  database = await createThrowawayDatabase('api_lead_work');
  await seedDemoOrganisation(database.dataSource);

  // The SAL policy of version 1 allows one pause reason, so the lead below lists it.
  const versions = database.dataSource.getRepository(GovernanceVersionEntity);
  const version = await versions.findOneByOrFail({ version: 1 });
  const sal = version.model.stages.find((definition) => definition.stage === Stage.Sal);
  if (sal?.sla.default) {
    sal.sla.default.pauseReasons = ['waiting on the buyer'];
  }
  await versions.update({ version: 1 }, { model: version.model });

  lifecycle = new RecordingLifecycle();
  server = await startApiServer({
    config: { ...loadConfig({ NODE_ENV: 'test' }), httpPort: 0 },
    dataSource: database.dataSource,
    lifecycle,
  });
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  emeaTeamId = (await database.dataSource.getRepository(TeamEntity).findOneByOrFail({ key: 'emea' })).id;
  for (const email of ['admin@accord.example', 'manager.emea@accord.example', 'anna@accord.example', 'partner@northwind.example']) {
    tokens[email] = await signInDemo(server.url, email);
  }
});

afterAll(async () => {
  await server.stop();
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
  await database.dataSource.query('DELETE FROM notifications');
});

function tokenOf(email: string): string {
  const token = tokens[email];
  if (token === undefined) {
    throw new Error(`no token for ${email}`);
  }

  return token;
}

function graphql<Data>(email: string, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<Data>> {
  return postGraphQL<Data>(server.url, query, variables, tokenOf(email));
}

/** Stores an MQL of Anna's with a running SAL clock, routed through the EMEA pool after Ben was skipped. */
async function insertRoutedLead(): Promise<string> {
  const lead = await insertLeadRow(database.dataSource, {
    email: 'kim@example.com',
    stage: Stage.Mql,
    ownerId: anna.id,
    teamId: emeaTeamId,
    routingPool: 'emea-reps',
    escalationCount: 1,
    slaState: SlaState.OnTrack,
    slaStage: Stage.Sal,
    slaStartedAt: new Date('2026-03-02T09:00:00Z'),
    routingTrace: [
      { step: 'RULE', key: 'emea', outcome: 'matched' },
      { step: 'CANDIDATE', key: ben.id, outcome: 'skipped: out of office' },
      { step: 'ASSIGNED', key: anna.id, outcome: 'round robin, ticket 4 in pool emea-reps' },
      { step: 'FALLBACK', key: 'emea-reps', outcome: 'for the label test' },
    ],
  });

  return lead.id;
}

describe('lead work fields', () => {
  it('labels the routing trace with names', async () => {
    const id = await insertRoutedLead();

    const response = await graphql<{ lead: LeadWorkFields }>('anna@accord.example', LEAD_WORK_FIELDS, { id });

    expect(response.errors).toBeUndefined();
    expect(response.data?.lead.routingTrace.map((entry) => entry.label)).toEqual([null, 'Ben Okafor', 'Anna Keller', 'Sales EMEA reps']);
  });

  it('returns the SLA clock and routing details', async () => {
    const id = await insertRoutedLead();

    const response = await graphql<{ lead: LeadWorkFields }>('anna@accord.example', LEAD_WORK_FIELDS, { id });

    expect(response.data?.lead).toMatchObject({
      routingPool: 'emea-reps',
      escalationCount: 1,
      slaStage: 'SAL',
      slaPauseReasons: ['waiting on the buyer'],
      speedToLeadSeconds: null,
    });
  });

  it('lists the fields MQL requires of a new lead', async () => {
    const lead = await insertLeadRow(database.dataSource, { email: 'lead@example.com', ownerId: anna.id, teamId: emeaTeamId });

    const response = await graphql<{ lead: LeadWorkFields }>('anna@accord.example', LEAD_WORK_FIELDS, { id: lead.id });

    expect(response.data?.lead.missingFieldsForNextStage).toEqual(['industry', 'country', 'title']);
  });

  it('returns logged attempts and notes with their actors', async () => {
    const id = await insertRoutedLead();

    const attempt = await graphql(
      'anna@accord.example',
      'mutation ($id: ID!) { logContactAttempt(id: $id, channel: PHONE, outcome: REACHED, note: "Booked a demo") { id } }',
      {
        id,
      },
    );
    const note = await graphql('anna@accord.example', 'mutation ($id: ID!) { addLeadNote(id: $id, body: "Budget in Q3") { id } }', { id });
    const response = await graphql<{ lead: LeadWorkFields }>('anna@accord.example', LEAD_WORK_FIELDS, { id });

    expect(attempt.errors).toBeUndefined();
    expect(note.errors).toBeUndefined();
    expect(response.data?.lead.contactAttempts).toEqual([
      { channel: ContactChannel.Phone, outcome: ContactOutcome.Reached, note: 'Booked a demo', actor: { email: 'anna@accord.example' } },
    ]);
    expect(response.data?.lead.notes).toEqual([{ body: 'Budget in Q3', actor: { email: 'anna@accord.example' } }]);
    expect(response.data?.lead.speedToLeadSeconds).not.toBeNull();
  });

  it('names invalid update fields in problems', async () => {
    const id = await insertRoutedLead();

    const response = await graphql(
      'anna@accord.example',
      'mutation ($id: ID!, $input: LeadUpdateInput!) { updateLead(id: $id, input: $input) { id } }',
      {
        id,
        input: { employeeCount: -1, country: 'DE' },
      },
    );

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.problems?.map((problem) => problem.field)).toEqual(['employeeCount', 'consent']);
  });
});

describe('lead work roles', () => {
  it.each([
    ['updateLead', 'mutation ($id: ID!) { updateLead(id: $id, input: { title: "CTO" }) { id } }'],
    ['logContactAttempt', 'mutation ($id: ID!) { logContactAttempt(id: $id, channel: EMAIL, outcome: BOUNCED) { id } }'],
    ['addLeadNote', 'mutation ($id: ID!) { addLeadNote(id: $id, body: "Hello") { id } }'],
    ['reassignLead', 'mutation ($id: ID!) { reassignLead(id: $id, toUserId: $id, reason: "Cover") { id } }'],
    ['pauseSla', 'mutation ($id: ID!) { pauseSla(id: $id, reason: "waiting on the buyer") { id } }'],
    ['resumeSla', 'mutation ($id: ID!) { resumeSla(id: $id) { id } }'],
  ])('%s is forbidden to partners', async (_name, mutation) => {
    const id = await insertRoutedLead();

    const response = await graphql('partner@northwind.example', mutation, { id });

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('forbids teamBreaches to reps', async () => {
    const response = await graphql('anna@accord.example', '{ teamBreaches { id } }');

    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists the team’s breached leads to its manager', async () => {
    const lead = await insertLeadRow(database.dataSource, {
      email: 'late@example.com',
      stage: Stage.Mql,
      teamId: emeaTeamId,
      slaState: SlaState.Breached,
    });

    const response = await graphql<{ teamBreaches: { id: string }[] }>('manager.emea@accord.example', '{ teamBreaches { id } }');

    expect(response.data?.teamBreaches).toEqual([{ id: lead.id }]);
  });
});

describe('notifications', () => {
  it('returns the caller’s notifications with visible leads only', async () => {
    const annas = await insertRoutedLead();
    const hidden = await insertLeadRow(database.dataSource, { email: 'bens@example.com', ownerId: ben.id, teamId: emeaTeamId });
    const notifications = database.dataSource.getRepository(NotificationEntity);
    for (const [index, leadId] of [annas, hidden.id].entries()) {
      await notifications.insert({
        recipientId: anna.id,
        leadId,
        kind: 'LEAD_ASSIGNED',
        message: `message ${index}`,
        createdAt: new Date(Date.UTC(2026, 2, 2, 9 + index)),
        readAt: null,
        idempotencyKey: `resolver-test-${index}`,
      });
    }

    const response = await graphql<{ notifications: { message: string; lead: { id: string } | null }[] }>(
      'anna@accord.example',
      '{ notifications { message lead { id } } }',
    );

    expect(response.data?.notifications).toEqual([
      { message: 'message 1', lead: null },
      { message: 'message 0', lead: { id: annas } },
    ]);
  });

  it('marks notifications read and counts them', async () => {
    const row = await database.dataSource.getRepository(NotificationEntity).save({
      recipientId: anna.id,
      leadId: null,
      kind: 'SLA_WARNING',
      message: 'due soon',
      createdAt: new Date('2026-03-02T09:00:00Z'),
      readAt: null,
      idempotencyKey: 'resolver-test-read',
    });

    const marked = await graphql<{ markNotificationsRead: number }>(
      'anna@accord.example',
      'mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
      {
        ids: [row.id],
      },
    );
    const unread = await graphql<{ notifications: unknown[] }>('anna@accord.example', '{ notifications(unreadOnly: true) { id } }');

    expect(marked.data?.markNotificationsRead).toBe(1);
    expect(unread.data?.notifications).toEqual([]);
  });

  it('validates the page size', async () => {
    const response = await graphql('anna@accord.example', '{ notifications(first: 0) { id } }');

    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
