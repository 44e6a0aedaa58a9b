import { ActorKind, GovernanceVersionEntity, StageTransitionEntity, loadConfig } from '@accord/db';
import { Stage, type GovernanceModel } from '@accord/governance';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';

import type { Caller } from '../auth/caller';
import { startApiServer, type ApiServer } from '../server';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import { editModel } from '../testing/governance.fixture';
import { postGraphQL, signInDemo, type GraphQLResponse } from '../testing/graphql-client.fixture';
import { RecordingLifecycle } from '../testing/recording-lifecycle.fixture';

const ADMIN = 'admin@accord.example';
const MANAGER = 'manager.emea@accord.example';
const REP = 'anna@accord.example';

let database: ThrowawayDatabase;
let server: ApiServer;
let lifecycle: RecordingLifecycle;
let anna: Caller;
let firstModel: GovernanceModel;
const tokens = new Map<string, string>();

beforeAll(async () => {
  database = await createThrowawayDatabase('governance_api');
  await seedDemoOrganisation(database.dataSource);
  lifecycle = new RecordingLifecycle();
  server = await startApiServer({
    config: { ...loadConfig({ NODE_ENV: 'test' }), httpPort: 0 },
    dataSource: database.dataSource,
    lifecycle,
  });
  anna = await callerOf(database.dataSource, REP);
  firstModel = (await database.dataSource.getRepository(GovernanceVersionEntity).findOneByOrFail({ version: 1 })).model;
  for (const email of [ADMIN, MANAGER, REP]) {
    tokens.set(email, await signInDemo(server.url, email));
  }
});

afterAll(async () => {
  await server.stop();
  await database.drop();
});

function as<Data = Record<string, unknown>>(
  email: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<Data>> {
  return postGraphQL<Data>(server.url, query, variables, tokens.get(email) ?? null);
}

function codesOf(response: GraphQLResponse): (string | undefined)[] {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}

const READS: [string, string, Record<string, unknown>][] = [
  ['governanceVersions', '{ governanceVersions { version status basedOn createdAt createdBy { name } model problems { path } } }', {}],
  ['governanceVersion', 'query ($v: Int!) { governanceVersion(version: $v) { version model problems { path message } } }', { v: 1 }],
  ['governanceDiff', '{ governanceDiff(from: 1, to: 1) { path description before after } }', {}],
  ['validateGovernanceModel', 'query ($m: JSON!) { validateGovernanceModel(model: $m) { path message } }', { m: {} }],
  ['reasonCodeUsage', '{ reasonCodeUsage { code label active leadCount transitionCount } }', {}],
  [
    'auditLog',
    '{ auditLog(first: 5) { totalCount edges { cursor node { id action summary actor { name } } } pageInfo { hasNextPage } } }',
    {},
  ],
  ['auditLogCsv', '{ auditLogCsv }', {}],
  ['teams', '{ teams { id key label calendar } }', {}],
  ['users', '{ users { id name active outOfOfficeUntil calendar team { key } } }', {}],
];

const MUTATIONS: [string, string][] = [
  ['createGovernanceDraft', 'mutation { createGovernanceDraft { version } }'],
  ['updateGovernanceDraft', 'mutation { updateGovernanceDraft(version: 1, model: {}) { version } }'],
  ['submitGovernanceForReview', 'mutation { submitGovernanceForReview(version: 1) { version } }'],
  ['returnGovernanceToDraft', 'mutation { returnGovernanceToDraft(version: 1) { version } }'],
  ['publishGovernanceVersion', 'mutation { publishGovernanceVersion(version: 1) { version } }'],
  ['retireGovernanceVersion', 'mutation { retireGovernanceVersion(version: 1) { version } }'],
  ['updateTeamCalendar', 'mutation { updateTeamCalendar(teamId: "00000000-0000-4000-8000-000000000000", calendar: {}) { id } }'],
  ['updateUser', 'mutation { updateUser(id: "00000000-0000-4000-8000-000000000000", input: { active: true }) { id } }'],
];

describe('governance API roles', () => {
  it.each(READS)('lets a manager read %s', async (_name, query, variables) => {
    const response = await as(MANAGER, query, variables);

    expect(response.errors).toBeUndefined();
    expect(response.data).not.toBeNull();
  });

  it.each(READS)('forbids a rep to read %s', async (_name, query, variables) => {
    const response = await as(REP, query, variables);

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it('forbids a manager to simulate, since a simulation shows every team’s load', async () => {
    const response = await as(MANAGER, '{ simulateGovernance(version: 1, days: 30) { leadCount } }');

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it.each(MUTATIONS)('forbids a manager to run %s', async (_name, mutation) => {
    const response = await as(MANAGER, mutation);

    expect(codesOf(response)).toEqual(['FORBIDDEN']);
  });

  it('changes nothing for a forbidden mutation', async () => {
    await as(MANAGER, 'mutation { createGovernanceDraft { version } }');

    expect(await database.dataSource.getRepository(GovernanceVersionEntity).count()).toBe(1);
  });

  it('hides the model of the active version from reps', async () => {
    const visible = await as<{ activeGovernance: { version: number } }>(REP, '{ activeGovernance { version status } }');
    const hidden = await as(REP, '{ activeGovernance { version model } }');

    expect(visible.data?.activeGovernance.version).toBe(1);
    expect(codesOf(hidden)).toEqual(['FORBIDDEN']);
  });
});

describe('governance API inputs', () => {
  it('reports a missing version as not found', async () => {
    const response = await as(ADMIN, '{ governanceVersion(version: 999) { version } }');

    expect(codesOf(response)).toEqual(['NOT_FOUND']);
  });

  it('rejects a model that is not a JSON object', async () => {
    const response = await as(ADMIN, 'mutation ($m: JSON!) { updateGovernanceDraft(version: 1, model: $m) { version } }', { m: 'stages' });

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
  });

  it('names the path of an unknown top-level key', async () => {
    const created = await as<{ createGovernanceDraft: { version: number } }>(ADMIN, 'mutation { createGovernanceDraft { version } }');
    const version = created.data?.createGovernanceDraft.version;

    const response = await as(ADMIN, 'mutation ($v: Int!, $m: JSON!) { updateGovernanceDraft(version: $v, model: $m) { version } }', {
      v: version,
      m: { ...firstModel, colour: 'red' },
    });

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.problems?.map((problem) => problem.field)).toEqual(['colour']);
  });

  it.each([0, 366])('rejects a simulation over %i days', async (days) => {
    const response = await as(ADMIN, 'query ($d: Int!) { simulateGovernance(version: 1, days: $d) { leadCount } }', { d: days });

    expect(codesOf(response)).toEqual(['BAD_USER_INPUT']);
    expect(response.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('days');
  });

  it('returns shape problems from validateGovernanceModel', async () => {
    const response = await as<{ validateGovernanceModel: { path: string }[] }>(
      ADMIN,
      'query ($m: JSON!) { validateGovernanceModel(model: $m) { path message } }',
      { m: { ...firstModel, stagez: [] } },
    );

    expect(response.data?.validateGovernanceModel.map((problem) => problem.path)).toEqual(['stagez']);
  });

  it('returns no problems for the published model', async () => {
    const response = await as<{ validateGovernanceModel: unknown[] }>(
      ADMIN,
      'query ($m: JSON!) { validateGovernanceModel(model: $m) { path } }',
      {
        m: firstModel,
      },
    );

    expect(response.data?.validateGovernanceModel).toEqual([]);
  });
});

interface VersionData {
  version: number;
  status: string;
  basedOn: number | null;
  publishedBy: { name: string } | null;
}

const VERSION_FIELDS = 'version status basedOn publishedBy { name }';

describe('governance lifecycle over the API', () => {
  it('names routing pool members in a diff', async () => {
    const created = await as<{ createGovernanceDraft: VersionData }>(ADMIN, `mutation { createGovernanceDraft { ${VERSION_FIELDS} } }`);
    const version = created.data?.createGovernanceDraft.version;
    const withoutAnna = editModel(firstModel, (draft) => {
      const pool = draft.routingPools[0];
      if (pool !== undefined) {
        pool.memberIds = pool.memberIds.filter((memberId) => memberId !== anna.id);
      }
    });
    await as(ADMIN, 'mutation ($v: Int!, $m: JSON!) { updateGovernanceDraft(version: $v, model: $m) { version } }', {
      v: version,
      m: withoutAnna,
    });

    const diff = await as<{ governanceDiff: { path: string; description: string; before: string | null; after: string | null }[] }>(
      MANAGER,
      'query ($to: Int!) { governanceDiff(from: 1, to: $to) { path description before after } }',
      { to: version },
    );

    expect(diff.data?.governanceDiff).toEqual([
      {
        path: 'routingPools[0].memberIds',
        description: expect.stringContaining('removed Anna Keller'),
        before: 'Anna Keller, Ben Okafor, Chloé Martin',
        after: 'Ben Okafor, Chloé Martin',
      },
    ]);
  });

  it('retires a reason code for new actions only', async () => {
    const rejected = await insertLeadRow(database.dataSource, {
      email: 'rejected@example.com',
      stage: Stage.Rejected,
      reasonCode: 'NO_FIT',
      ownerId: anna.id,
      teamId: anna.teamId,
    });
    await database.dataSource.getRepository(StageTransitionEntity).insert({
      leadId: rejected.id,
      fromStage: Stage.Mql,
      toStage: Stage.Rejected,
      actorKind: ActorKind.User,
      actorId: anna.id,
      reasonCode: 'NO_FIT',
      note: null,
      governanceVersion: 1,
      occurredAt: new Date('2026-03-03T10:00:00Z'),
      idempotencyKey: 'governance-api-reject-no-fit',
    });
    const retiring = editModel(firstModel, (draft) => {
      draft.reasonCodes = draft.reasonCodes.map((reason) => (reason.code === 'NO_FIT' ? { ...reason, active: false } : reason));
    });

    const created = await as<{ createGovernanceDraft: VersionData }>(ADMIN, `mutation { createGovernanceDraft { ${VERSION_FIELDS} } }`);
    const version = created.data?.createGovernanceDraft.version;
    const updated = await as(ADMIN, 'mutation ($v: Int!, $m: JSON!) { updateGovernanceDraft(version: $v, model: $m) { version } }', {
      v: version,
      m: retiring,
    });
    const submitted = await as<{ submitGovernanceForReview: VersionData }>(
      ADMIN,
      `mutation ($v: Int!) { submitGovernanceForReview(version: $v) { ${VERSION_FIELDS} } }`,
      { v: version },
    );
    const published = await as<{ publishGovernanceVersion: VersionData }>(
      ADMIN,
      `mutation ($v: Int!) { publishGovernanceVersion(version: $v) { ${VERSION_FIELDS} } }`,
      { v: version },
    );

    expect(created.data?.createGovernanceDraft).toMatchObject({ status: 'DRAFT', basedOn: 1 });
    expect(updated.errors).toBeUndefined();
    expect(submitted.data?.submitGovernanceForReview.status).toBe('IN_REVIEW');
    expect(published.data?.publishGovernanceVersion).toMatchObject({ status: 'PUBLISHED', publishedBy: { name: 'Ada Admin' } });

    const history = await as<{ lead: { history: { reasonCode: { code: string; label: string; active: boolean } | null }[] } }>(
      REP,
      'query ($id: ID!) { lead(id: $id) { history { reasonCode { code label active } } } }',
      { id: rejected.id },
    );
    expect(history.data?.lead.history.map((entry) => entry.reasonCode)).toEqual([{ code: 'NO_FIT', label: 'No fit', active: false }]);

    const open = await insertLeadRow(database.dataSource, {
      email: 'open@example.com',
      stage: Stage.Mql,
      ownerId: anna.id,
      teamId: anna.teamId,
    });
    const refused = await as(REP, 'mutation ($id: ID!) { rejectLead(id: $id, reasonCode: "NO_FIT") { id } }', { id: open.id });
    expect(codesOf(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('reasonCode');
    expect(lifecycle.actions).toEqual([]);

    const versions = await as<{ governanceVersions: { version: number; status: string }[] }>(
      MANAGER,
      '{ governanceVersions { version status } }',
    );
    const listed = versions.data?.governanceVersions ?? [];
    expect(listed[0]).toEqual({ version, status: 'PUBLISHED' });
    expect(listed.find((entry) => entry.version === 1)?.status).toBe('RETIRED');
    expect(listed.map((entry) => entry.version)).toEqual(listed.map((entry) => entry.version).sort((left, right) => right - left));

    const usage = await as<{ reasonCodeUsage: { code: string; active: boolean; transitionCount: number }[] }>(
      MANAGER,
      '{ reasonCodeUsage { code active transitionCount } }',
    );
    expect(usage.data?.reasonCodeUsage.find((entry) => entry.code === 'NO_FIT')).toEqual({
      code: 'NO_FIT',
      active: false,
      transitionCount: 1,
    });

    const audit = await as<{ auditLog: { edges: { node: { action: string; summary: string } }[] } }>(
      MANAGER,
      '{ auditLog(first: 5) { edges { node { action summary } } } }',
    );
    expect(
      audit.data?.auditLog.edges
        .map((edge) => edge.node.action)
        .slice(0, 4)
        .sort(),
    ).toEqual(['DRAFT_UPDATED', 'PUBLISHED', 'RETIRED', 'SUBMITTED_FOR_REVIEW']);
  });
});
