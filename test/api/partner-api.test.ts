import { ApiKeyEntity, AuditEntryEntity, LeadEntity, PartnerEntity, StageTransitionEntity, UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import { startApiStack, type ApiStack } from '../support/api-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(120_000);

const CREATE_KEY = `mutation Create($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix scopes lastUsedAt } } }`;
const REVOKE_KEY = `mutation Revoke($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;
const CREATE_LEAD = `mutation Create($input: LeadInput!, $key: String) { createLead(input: $input, idempotencyKey: $key) { id stage partnerStatus } }`;
const LEAD = `query Lead($id: ID!) { lead(id: $id) { id stage partnerStatus motion source arrivedAt createdAt updatedAt acceptedAt closedAt reasonCode reason { code label } } }`;
const FEED = `query Feed($after: String, $first: Int) { partnerLeadChanges(after: $after, first: $first) { changes { cursor leadId kind stage reasonCode } endCursor hasNextPage } }`;

interface FeedPage {
  partnerLeadChanges: { changes: { cursor: string; leadId: string; kind: string; stage: string }[]; endCursor: string | null; hasNextPage: boolean };
}

let api: ApiStack;
let adminToken: string;
let northwindUserId: string;
let otherPartnerUserId: string;
const ALL_SCOPES = ['SUBMIT_LEADS', 'READ_LEADS'];

beforeAll(async () => {
  api = await startApiStack('partner_api');
  adminToken = await api.signIn('admin@accord.example');

  const manager = api.stack.database.dataSource.manager;
  northwindUserId = (await manager.findOneByOrFail(UserEntity, { email: 'partner@northwind.example' })).id;
  const otherPartner = await manager.save(PartnerEntity, { key: 'contoso', name: 'Contoso Leads' });
  const otherUser = await manager.save(UserEntity, {
    email: 'api@contoso.example',
    name: 'Contoso API',
    role: Role.Partner,
    partnerId: otherPartner.id,
    passwordHash: null,
  });
  otherPartnerUserId = otherUser.id;
});

afterAll(async () => {
  await api?.stop();
});

function inAMonth(): string {
  return new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString();
}

async function createKey(partnerUserId: string, scopes: string[] = ALL_SCOPES): Promise<{ key: string; id: string }> {
  const created = await api.graphql<{ createApiKey: { key: string; apiKey: { id: string } } }>(
    CREATE_KEY,
    { input: { partnerUserId, name: 'integration test', scopes, expiresAt: inAMonth() } },
    adminToken,
  );
  expect(created.errors).toBeUndefined();

  return { key: created.data?.createApiKey.key ?? '', id: created.data?.createApiKey.apiKey.id ?? '' };
}

function partnerLead(email: string) {
  return {
    email,
    firstName: 'Kim',
    lastName: 'Lee',
    title: 'COO',
    company: 'Harbor Freight',
    industry: 'Transportation',
    employeeCount: 900,
    country: 'USA',
    source: 'Partner Referral',
    behaviourScore: 60,
  };
}

async function countLeads(email: string): Promise<number> {
  return api.stack.database.dataSource.manager.countBy(LeadEntity, { emailNormalized: email });
}

describe('API key authentication', () => {
  it('rejects a malformed key', async () => {
    const result = await api.graphql(FEED, {}, 'acc_short_key');

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/malformed/);
  });

  it('rejects an unknown key', async () => {
    const result = await api.graphql(FEED, {}, `acc_${'a'.repeat(16)}_${'b'.repeat(43)}`);

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toMatch(/not known/);
  });

  it('rejects a right public id with a wrong secret as unknown', async () => {
    const { key } = await createKey(northwindUserId);
    const wrongSecret = `${key.slice(0, 21)}${'c'.repeat(43)}`;

    const result = await api.graphql(FEED, {}, wrongSecret);

    expect(result.errors?.[0]?.message).toMatch(/not known/);
  });

  it('rejects an expired key, saying when it expired', async () => {
    const { key, id } = await createKey(northwindUserId);
    const expiredAt = new Date(Date.now() - 60_000);
    await api.stack.database.dataSource.manager.update(ApiKeyEntity, { id }, { expiresAt: expiredAt });

    const result = await api.graphql(FEED, {}, key);

    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toContain(`expired at ${expiredAt.toISOString()}`);
    expect(result.errors?.[0]?.message).toMatch(/Ask an Accord admin for a new key/);
  });

  it('rejects a revoked key at once', async () => {
    const { key, id } = await createKey(northwindUserId);
    const before = await api.graphql(FEED, {}, key);
    expect(before.errors).toBeUndefined();

    const revoked = await api.graphql(REVOKE_KEY, { id }, adminToken);
    expect(revoked.errors).toBeUndefined();
    const after = await api.graphql(FEED, {}, key);

    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(after.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('records the last use once', async () => {
    const { key, id } = await createKey(northwindUserId);
    await api.graphql(FEED, {}, key);
    const first = await api.stack.database.dataSource.manager.findOneByOrFail(ApiKeyEntity, { id });
    await api.graphql(FEED, {}, key);
    const second = await api.stack.database.dataSource.manager.findOneByOrFail(ApiKeyEntity, { id });

    expect(first.lastUsedAt).not.toBeNull();
    expect(second.lastUsedAt?.getTime()).toBe(first.lastUsedAt?.getTime());
  });

  it('rejects createLead without SUBMIT_LEADS', async () => {
    const { key } = await createKey(northwindUserId, ['READ_LEADS']);

    const result = await api.graphql(CREATE_LEAD, { input: partnerLead('no.scope@harbor.example') }, key);

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('SUBMIT_LEADS');
    expect(await countLeads('no.scope@harbor.example')).toBe(0);
  });

  it('rejects the feed without READ_LEADS', async () => {
    const { key } = await createKey(northwindUserId, ['SUBMIT_LEADS']);

    const result = await api.graphql(FEED, {}, key);

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('READ_LEADS');
  });

  it('rejects createApiKey for a non-partner', async () => {
    const admin = await api.stack.database.dataSource.manager.findOneByOrFail(UserEntity, { email: 'admin@accord.example' });

    const result = await api.graphql(
      CREATE_KEY,
      { input: { partnerUserId: admin.id, name: 'wrong', scopes: ALL_SCOPES, expiresAt: inAMonth() } },
      adminToken,
    );

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('partnerUserId');
  });

  it('rejects an expiry beyond a year', async () => {
    const tooLate = new Date(Date.now() + 367 * 24 * 3600 * 1000).toISOString();

    const result = await api.graphql(
      CREATE_KEY,
      { input: { partnerUserId: northwindUserId, name: 'too long', scopes: ALL_SCOPES, expiresAt: tooLate } },
      adminToken,
    );

    expect(result.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('expiresAt');
  });
});

describe('idempotent submission', () => {
  it('stores one lead per parallel idempotency key', async () => {
    const { key } = await createKey(northwindUserId);
    const input = partnerLead('same.key@harbor.example');

    const [first, second] = await Promise.all([
      api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input, key: 'order-4711' }, key),
      api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input, key: 'order-4711' }, key),
    ]);

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.createLead.id).toBe(first.data?.createLead.id);
    expect(await countLeads('same.key@harbor.example')).toBe(1);
    const creations = await api.stack.database.dataSource.manager.countBy(StageTransitionEntity, {
      leadId: first.data?.createLead.id ?? '',
      toStage: 'LEAD',
    });
    expect(creations).toBe(1);
  });

  it('returns the first lead for a reused key', async () => {
    const { key } = await createKey(northwindUserId);
    const first = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead('body.one@harbor.example'), key: 'k-2' }, key);
    const second = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead('body.two@harbor.example'), key: 'k-2' }, key);

    expect(second.data?.createLead.id).toBe(first.data?.createLead.id);
    expect(await countLeads('body.two@harbor.example')).toBe(0);
    const audit = await api.stack.database.dataSource.manager.find(AuditEntryEntity, { where: { targetId: first.data?.createLead.id } });
    expect(audit.map((entry) => entry.action)).toEqual(['LEAD_CREATED']);
  });

  it('rejects an idempotency key of 201 characters', async () => {
    const { key } = await createKey(northwindUserId);

    const result = await api.graphql(CREATE_LEAD, { input: partnerLead('long.key@harbor.example'), key: 'x'.repeat(201) }, key);

    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.problems?.[0]?.field).toBe('idempotencyKey');
  });

  it('stores one lead per parallel partner e-mail', async () => {
    const { key } = await createKey(northwindUserId);
    const input = partnerLead('Same.Mail@Harbor.example');

    const [first, second] = await Promise.all([
      api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input }, key),
      api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: { ...input, email: ' same.mail@harbor.example' } }, key),
    ]);

    expect(first.errors).toBeUndefined();
    expect(second.errors).toBeUndefined();
    expect(second.data?.createLead.id).toBe(first.data?.createLead.id);
    expect(await countLeads('same.mail@harbor.example')).toBe(1);
  });

  it('returns CONFLICT outside the duplicate window', async () => {
    const { key } = await createKey(northwindUserId);
    const first = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead('old.mail@harbor.example') }, key);
    const dayAndHourAgo = new Date(Date.now() - 25 * 3600 * 1000);
    await api.stack.database.dataSource.query('UPDATE leads SET created_at = $2 WHERE id = $1', [first.data?.createLead.id, dayAndHourAgo]);

    const second = await api.graphql(CREATE_LEAD, { input: partnerLead('old.mail@harbor.example') }, key);

    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});

describe('partner-safe reads', () => {
  it('hides another partner’s lead by id and in the feed', async () => {
    const northwind = await createKey(northwindUserId);
    const contoso = await createKey(otherPartnerUserId);
    const created = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead('contoso.lead@harbor.example') }, contoso.key);
    const contosoLeadId = created.data?.createLead.id ?? '';
    expect(contosoLeadId).not.toBe('');

    const byId = await api.graphql(LEAD, { id: contosoLeadId }, northwind.key);
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    await waitFor(
      () => readWholeFeed(contoso.key, 50),
      (changes) => changes.some((change) => change.leadId === contosoLeadId),
      20_000,
      'the Contoso lead in Contoso’s feed',
    );
    const northwindFeed = await readWholeFeed(northwind.key, 50);
    expect(northwindFeed.map((change) => change.leadId)).not.toContain(contosoLeadId);
  });

  it('returns partner-safe fields of own lead', async () => {
    const { key } = await createKey(northwindUserId);
    const created = await api.graphql<{ createLead: { id: string; partnerStatus: string } }>(CREATE_LEAD, { input: partnerLead('safe.fields@harbor.example') }, key);

    const read = await api.graphql<{ lead: { id: string; motion: string; source: string } }>(LEAD, { id: created.data?.createLead.id }, key);

    expect(read.errors).toBeUndefined();
    expect(read.data?.lead.motion).toBe('PARTNER');
    expect(read.data?.lead.source).toBe('Partner Referral');
  });

  it.each([
    ['email', '{ email }'],
    ['phone', '{ phone }'],
    ['fitScore', '{ fitScore }'],
    ['owner', '{ owner { id } }'],
    ['history', '{ history { toStage } }'],
    ['routingTrace', '{ routingTrace { step } }'],
  ])('rejects personal field %s for a partner', async (_name, selection) => {
    const { key } = await createKey(northwindUserId);
    const created = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead(`field.${_name}@harbor.example`) }, key);

    const result = await api.graphql(`query Lead($id: ID!) { lead(id: $id) ${selection} }`, { id: created.data?.createLead.id }, key);

    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(result.errors?.[0]?.message).toContain('partners may read: id, stage, partnerStatus');
  });
});

describe('partner-safe team', () => {
  it('shows team label, rejects team key', async () => {
    const { key } = await createKey(northwindUserId);
    const created = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead('team.fields@harbor.example') }, key);
    const leadId = created.data?.createLead.id ?? '';
    await waitFor(
      () => api.stack.database.dataSource.manager.findOneByOrFail(LeadEntity, { id: leadId }),
      (lead) => lead.teamId !== null,
      20_000,
      'routing to a team',
    );

    const label = await api.graphql<{ lead: { team: { label: string } } }>(`query Lead($id: ID!) { lead(id: $id) { team { label } } }`, { id: leadId }, key);
    const teamKey = await api.graphql(`query Lead($id: ID!) { lead(id: $id) { team { key } } }`, { id: leadId }, key);

    expect(label.errors).toBeUndefined();
    expect(label.data?.lead.team.label).toBe('Sales Americas');
    expect(teamKey.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(teamKey.errors?.[0]?.message).toContain('Team.key');
  });
});

describe('partner change feed', () => {
  it('pages without gaps or repeats', async () => {
    const { key } = await createKey(northwindUserId);
    const leadIds: string[] = [];
    for (const index of [1, 2, 3, 4, 5]) {
      const created = await api.graphql<{ createLead: { id: string } }>(CREATE_LEAD, { input: partnerLead(`feed.${index}@harbor.example`) }, key);
      leadIds.push(created.data?.createLead.id ?? '');
    }

    const changes = await waitFor(
      () => readWholeFeed(key, 2),
      (read) => leadIds.every((id) => read.some((change) => change.leadId === id && change.kind === 'SUBMITTED')),
      30_000,
      'every new lead in the feed',
    );

    const cursors = changes.map((change) => change.cursor);
    expect(new Set(cursors).size).toBe(cursors.length);

    const [{ settled }] = (await api.stack.database.dataSource.query(`SELECT clock_timestamp() - interval '5 seconds' AS settled`)) as { settled: Date }[];
    const reread = await readWholeFeed(key, 2);
    const stored: { lead_id: string; to_stage: string; recorded_at: Date }[] = await api.stack.database.dataSource.query(
      `SELECT transition.lead_id, transition.to_stage, transition.recorded_at FROM stage_transitions transition
         JOIN leads lead ON lead.id = transition.lead_id
        WHERE lead.partner_id = (SELECT partner_id FROM users WHERE id = $1)
        ORDER BY transition.sequence`,
      [northwindUserId],
    );
    const expected = stored.slice(0, reread.length).map((row) => `${row.lead_id}:${row.to_stage}`);

    expect(reread.map((change) => `${change.leadId}:${change.stage}`)).toEqual(expected);
    expect(reread.length).toBeGreaterThanOrEqual(stored.filter((row) => row.recorded_at <= settled).length);
  });
});

/** Reads the partner's feed from the start in pages of `first` and returns every change in order. */
async function readWholeFeed(key: string, first: number): Promise<FeedPage['partnerLeadChanges']['changes']> {
  const changes: FeedPage['partnerLeadChanges']['changes'] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const result: { data?: FeedPage | null; errors?: unknown[] } = await api.graphql<FeedPage>(FEED, { after, first }, key);
    if (result.errors !== undefined || result.data == null) {
      throw new Error(`feed page failed: ${JSON.stringify(result.errors)}`);
    }
    const connection = result.data.partnerLeadChanges;
    changes.push(...connection.changes);
    after = connection.endCursor;
    if (!connection.hasNextPage) {
      return changes;
    }
  }

  throw new Error('the feed had more than 100 pages');
}

describe('partner lead pages', () => {
  it('page with sealed cursors that hold no SLA due time', async () => {
    const { key } = await createKey(northwindUserId);
    for (const email of ['page.one@harbor.example', 'page.two@harbor.example', 'page.three@harbor.example']) {
      const created = await api.graphql(CREATE_LEAD, { input: partnerLead(email) }, key);
      expect(created.errors).toBeUndefined();
    }
    // The list is ordered by SLA due time, which the new leads' lifecycles set in their first seconds.
    // Paging starts once those times stop changing, so no lead moves across a cursor meanwhile.
    const dueTimes = async () => JSON.stringify(await api.stack.database.dataSource.query(`SELECT id, sla_due_at FROM leads ORDER BY id`));
    let previous = '';
    await waitFor(
      async () => {
        const current = await dueTimes();
        const settled = current === previous;
        previous = current;
        await new Promise((resolve) => setTimeout(resolve, 500));

        return settled;
      },
      (settled) => settled,
      20_000,
      'the SLA due times of the new leads',
    );
    const PAGE = `query Page($after: String) { leads(first: 2, after: $after) { totalCount edges { cursor node { id } } pageInfo { endCursor hasNextPage } } }`;
    type Page = { leads: { totalCount: number; edges: { cursor: string; node: { id: string } }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } };

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const result: { data?: Page; errors?: unknown } = await api.graphql<Page>(PAGE, { after }, key);
      expect(result.errors).toBeUndefined();
      const leads = result.data?.leads;
      for (const edge of leads?.edges ?? []) {
        expect(edge.cursor.startsWith('s1.')).toBe(true);
        expect(Buffer.from(edge.cursor.slice(3), 'base64url').toString('latin1')).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
        seen.push(edge.node.id);
      }
      if (!leads?.pageInfo.hasNextPage) {
        expect(seen).toHaveLength(leads?.totalCount ?? -1);
        break;
      }
      after = leads.pageInfo.endCursor;
    }

    expect(new Set(seen).size).toBe(seen.length);
    const forged = await api.graphql(PAGE, { after: Buffer.from(JSON.stringify([null, northwindUserId])).toString('base64url') }, key);
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
