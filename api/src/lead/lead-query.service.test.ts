import { LeadEntity, SlaEventEntity, SlaEventKind, SlaState } from '@accord/db';
import { Motion, Stage } from '@accord/governance';

import type { Caller } from '../auth/caller';
import { AccordError } from '../errors/accord-error';
import { createThrowawayDatabase, type ThrowawayDatabase } from '@accord/db/testing/throwaway-database';
import { callerOf, insertLeadRow, seedDemoOrganisation } from '../testing/demo-organisation.fixture';
import type { LeadFilter } from './lead-connection.types';
import { LeadQueryService, escapeLikePattern } from './lead-query.service';

let database: ThrowawayDatabase;
let service: LeadQueryService;
let admin: Caller;
let anna: Caller;
let ben: Caller;
let emeaManager: Caller;
let americasManager: Caller;
let partner: Caller;

beforeAll(async () => {
  database = await createThrowawayDatabase('api');
  await seedDemoOrganisation(database.dataSource);
  service = new LeadQueryService(database.dataSource);

  admin = await callerOf(database.dataSource, 'admin@accord.example');
  anna = await callerOf(database.dataSource, 'anna@accord.example');
  ben = await callerOf(database.dataSource, 'ben@accord.example');
  emeaManager = await callerOf(database.dataSource, 'manager.emea@accord.example');
  americasManager = await callerOf(database.dataSource, 'manager.americas@accord.example');
  partner = await callerOf(database.dataSource, 'partner@northwind.example');
});

afterAll(async () => {
  await database.drop();
});

beforeEach(async () => {
  await database.dataSource.query('DELETE FROM leads');
});

/** Reads every page of `first` leads and returns the ids in the order the pages gave them. */
async function readAllPages(caller: Caller, first: number, filter: LeadFilter | null = null): Promise<string[][]> {
  const pages: string[][] = [];
  let after: string | null = null;

  for (;;) {
    const page = await service.list(caller, { first, after, filter });
    pages.push(page.edges.map((edge) => edge.lead.id));
    const last = page.edges[page.edges.length - 1];
    if (!page.hasNextPage || last === undefined) {
      return pages;
    }
    after = last.cursor;
  }
}

async function insertFifteenInOneTransaction(slaDueAt: Date | null): Promise<string[]> {
  return database.dataSource.transaction(async (manager) => {
    const ids: string[] = [];
    for (let index = 0; index < 15; index++) {
      const lead = await manager.getRepository(LeadEntity).save(
        manager.getRepository(LeadEntity).create({
          email: `lead${index}@example.com`,
          emailNormalized: `lead${index}@example.com`,
          motion: Motion.Inbound,
          stage: Stage.Mql,
          scoreBreakdown: [],
          routingTrace: [],
          governanceVersion: 1,
          arrivedAt: new Date('2026-03-02T09:00:00Z'),
          slaDueAt,
        }),
      );
      ids.push(lead.id);
    }

    return ids;
  });
}

describe('LeadQueryService.list', () => {
  it.each([
    ['without a due time', null],
    ['sharing one due time', new Date('2026-03-02T10:00:00Z')],
  ])('pages fifteen leads created in one transaction %s as ten plus five with no gap and no repeat', async (_case, slaDueAt) => {
    const ids = await insertFifteenInOneTransaction(slaDueAt);

    const pages = await readAllPages(admin, 10);

    expect(pages.map((page) => page.length)).toEqual([10, 5]);
    expect(pages.flat()).toEqual([...ids].sort());
  });

  it('orders by due time, microseconds included, then id, with leads without one last', async () => {
    const dueAts = ['2026-03-02 10:00:00.000002+00', null, '2026-03-02 10:00:00.000001+00', '2026-03-01 08:00:00+00', null];
    const ids: string[] = [];
    for (const [index, dueAt] of dueAts.entries()) {
      const lead = await insertLeadRow(database.dataSource, { email: `order${index}@example.com` });
      await database.dataSource.query('UPDATE leads SET sla_due_at = $2 WHERE id = $1', [lead.id, dueAt]);
      ids.push(lead.id);
    }
    const [second, firstNull, third, first, secondNull] = ids as [string, string, string, string, string];
    const nullsInIdOrder = [firstNull, secondNull].sort();

    const pages = await readAllPages(admin, 2);

    expect(pages.flat()).toEqual([first, third, second, ...nullsInIdOrder]);
    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
  });

  it('counts every matching lead on every page', async () => {
    await insertFifteenInOneTransaction(null);

    const page = await service.list(admin, { first: 4, after: null, filter: null });

    expect(page.totalCount).toBe(15);
    expect(page.edges).toHaveLength(4);
    expect(page.hasNextPage).toBe(true);
    expect(page.hasPreviousPage).toBe(false);
  });

  it('rejects a cursor it did not issue', async () => {
    await expect(service.list(admin, { first: 10, after: 'garbage', filter: null })).rejects.toBeInstanceOf(AccordError);
  });

  it('applies each filter', async () => {
    const mql = await insertLeadRow(database.dataSource, { email: 'a@example.com', stage: Stage.Mql, ownerId: anna.id });
    const sal = await insertLeadRow(database.dataSource, {
      email: 'b@example.com',
      stage: Stage.Sal,
      motion: Motion.Partner,
      slaState: SlaState.Breached,
    });
    const listIds = async (filter: LeadFilter): Promise<string[]> =>
      (await service.list(admin, { first: 10, after: null, filter })).edges.map((edge) => edge.lead.id);

    expect(await listIds({ stage: [Stage.Mql] })).toEqual([mql.id]);
    expect(await listIds({ ownerId: anna.id })).toEqual([mql.id]);
    expect(await listIds({ motion: [Motion.Partner] })).toEqual([sal.id]);
    expect(await listIds({ slaState: [SlaState.Breached] })).toEqual([sal.id]);
    expect((await listIds({ stage: [] })).sort()).toEqual([mql.id, sal.id].sort());
  });

  it('searches name, company and e-mail literally', async () => {
    const percent = await insertLeadRow(database.dataSource, { email: 'x@example.com', company: '100% Cotton Ltd' });
    const underscore = await insertLeadRow(database.dataSource, { email: 'first_last@example.com' });
    const named = await insertLeadRow(database.dataSource, { email: 'y@example.com', firstName: 'Grace', lastName: 'Hopper' });
    await insertLeadRow(database.dataSource, { email: 'firstXlast@example.com', company: '100 Cotton' });
    const search = async (text: string): Promise<string[]> =>
      (await service.list(admin, { first: 10, after: null, filter: { search: text } })).edges.map((edge) => edge.lead.id);

    expect(await search('0% c')).toEqual([percent.id]);
    expect(await search('first_last')).toEqual([underscore.id]);
    expect(await search('grace hop')).toEqual([named.id]);
  });
});

describe('LeadQueryService visibility', () => {
  it('shows each role only the leads it may see', async () => {
    const annas = await insertLeadRow(database.dataSource, { email: 'anna1@example.com', ownerId: anna.id, teamId: anna.teamId });
    const bens = await insertLeadRow(database.dataSource, { email: 'ben1@example.com', ownerId: ben.id, teamId: ben.teamId });
    const partners = await insertLeadRow(database.dataSource, { email: 'p1@example.com', partnerId: partner.partnerId });
    const visibleTo = async (caller: Caller): Promise<string[]> =>
      (await service.list(caller, { first: 10, after: null, filter: null })).edges.map((edge) => edge.lead.id).sort();

    expect(await visibleTo(admin)).toEqual([annas.id, bens.id, partners.id].sort());
    expect(await visibleTo(anna)).toEqual([annas.id]);
    expect(await visibleTo(emeaManager)).toEqual([annas.id, bens.id].sort());
    expect(await visibleTo(americasManager)).toEqual([]);
    expect(await visibleTo(partner)).toEqual([partners.id]);
  });

  it('returns NOT_FOUND for a lead the caller may not see', async () => {
    const bens = await insertLeadRow(database.dataSource, { email: 'ben2@example.com', ownerId: ben.id, teamId: ben.teamId });

    await expect(service.findVisible(anna, bens.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(service.findVisible(ben, bens.id)).resolves.toMatchObject({ id: bens.id });
    await expect(service.findVisible(anna, 'not-a-uuid')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('LeadQueryService.listQueue', () => {
  it('returns the caller’s MQL, SAL and SQL leads by due time', async () => {
    const later = await insertLeadRow(database.dataSource, {
      email: 'q1@example.com',
      ownerId: anna.id,
      stage: Stage.Sal,
      slaDueAt: new Date('2026-03-03T09:00:00Z'),
    });
    const sooner = await insertLeadRow(database.dataSource, {
      email: 'q2@example.com',
      ownerId: anna.id,
      stage: Stage.Mql,
      slaDueAt: new Date('2026-03-02T09:00:00Z'),
    });
    await insertLeadRow(database.dataSource, { email: 'q3@example.com', ownerId: anna.id, stage: Stage.Opportunity });
    await insertLeadRow(database.dataSource, { email: 'q4@example.com', ownerId: ben.id, stage: Stage.Mql });

    const queue = await service.listQueue(anna);

    expect(queue.map((lead) => lead.id)).toEqual([sooner.id, later.id]);
  });
});

describe('LeadQueryService.listTeamBreaches', () => {
  let breachCount = 0;

  async function recordBreach(leadId: string, occurredAt: string): Promise<void> {
    breachCount += 1;
    await database.dataSource.getRepository(SlaEventEntity).insert({
      leadId,
      stage: Stage.Sal,
      kind: SlaEventKind.Breached,
      ownerId: null,
      dueAt: new Date(occurredAt),
      occurredAt: new Date(occurredAt),
      detail: 'SLA deadline passed',
      idempotencyKey: `test-breach-${breachCount}`,
    });
  }

  it('lists breached and escalated open leads, the most recent breach first', async () => {
    const older = await insertLeadRow(database.dataSource, {
      email: 'older@example.com',
      stage: Stage.Mql,
      teamId: anna.teamId,
      slaState: SlaState.Breached,
    });
    const newer = await insertLeadRow(database.dataSource, {
      email: 'newer@example.com',
      stage: Stage.Mql,
      teamId: anna.teamId,
      slaState: SlaState.Breached,
    });
    const escalated = await insertLeadRow(database.dataSource, {
      email: 'escalated@example.com',
      stage: Stage.Sal,
      teamId: anna.teamId,
      escalationCount: 1,
    });
    await recordBreach(older.id, '2026-03-02T09:00:00Z');
    await recordBreach(newer.id, '2026-03-02T08:00:00Z');
    await recordBreach(newer.id, '2026-03-02T11:00:00Z');

    const breaches = await service.listTeamBreaches(emeaManager);

    expect(breaches.map((lead) => lead.id)).toEqual([newer.id, older.id, escalated.id]);
  });

  it('leaves out closed, on-track and other teams’ leads for a manager', async () => {
    await insertLeadRow(database.dataSource, {
      email: 'closed@example.com',
      stage: Stage.Disqualified,
      teamId: anna.teamId,
      escalationCount: 2,
    });
    await insertLeadRow(database.dataSource, {
      email: 'on-track@example.com',
      stage: Stage.Mql,
      teamId: anna.teamId,
      slaState: SlaState.OnTrack,
    });
    const americas = await insertLeadRow(database.dataSource, {
      email: 'americas@example.com',
      stage: Stage.Mql,
      teamId: americasManager.teamId,
      slaState: SlaState.Breached,
    });

    expect(await service.listTeamBreaches(emeaManager)).toEqual([]);
    expect((await service.listTeamBreaches(admin)).map((lead) => lead.id)).toEqual([americas.id]);
  });
});

describe('LeadQueryService.findVisibleByIds', () => {
  it('returns only the leads the caller may see', async () => {
    const annas = await insertLeadRow(database.dataSource, { email: 'annas@example.com', ownerId: anna.id, teamId: anna.teamId });
    const bens = await insertLeadRow(database.dataSource, { email: 'bens@example.com', ownerId: ben.id, teamId: ben.teamId });

    const found = await service.findVisibleByIds(anna, [annas.id, bens.id, 'not-a-uuid']);

    expect([...found.keys()]).toEqual([annas.id]);
  });
});

describe('escapeLikePattern', () => {
  it.each([
    ['50%', '50\\%'],
    ['a_b', 'a\\_b'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %p', (text, expected) => {
    expect(escapeLikePattern(text)).toBe(expected);
  });
});
