import { ALWAYS_OPEN_CALENDAR, RoutingFallback, RoutingStrategy, type GovernanceModel } from '@accord/governance';
import { LeadEntity, UserEntity } from '@accord/db';
import { leadWorkflowId, reassignLeadUpdate, startLeadLifecycle } from '@accord/workflows';
import { insertLead } from '../support/insert-lead';
import { startLifecycleStack, type LifecycleStack } from '../support/lifecycle-stack';
import { waitFor } from '../support/wait-for';

jest.setTimeout(90_000);

const AMERICAS = ['diego@accord.example', 'emma@accord.example', 'farid@accord.example'];

function withAmericasPool(change: (pool: GovernanceModel['routingPools'][number]) => GovernanceModel['routingPools'][number]) {
  return (model: GovernanceModel): GovernanceModel => ({
    ...model,
    routingPools: model.routingPools.map((pool) => (pool.key === 'americas-reps' ? change(pool) : pool)),
  });
}

async function routeLeads(stack: LifecycleStack, prefix: string, count: number): Promise<LeadEntity[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const lead = await insertLead(stack.database.dataSource, { email: `${prefix}${index}@routing.example` });
    await startLeadLifecycle(stack.client, lead.id);
    ids.push(lead.id);
  }

  return waitFor(
    () => stack.database.dataSource.manager.find(LeadEntity, { where: ids.map((id) => ({ id })), relations: { owner: true } }),
    (leads) => leads.every((lead) => lead.routedAt !== null),
    30_000,
    `${count} routed leads`,
  );
}

function countByOwner(leads: LeadEntity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const lead of leads) {
    const key = lead.owner?.email ?? 'unassigned';
    counts[key] = (counts[key] ?? 0) + 1;
  }

  return counts;
}

describe('routing availability', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_availability');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('never picks deactivated or out-of-office reps', async () => {
    const users = stack.database.dataSource.manager.getRepository(UserEntity);
    await users.update({ email: 'diego@accord.example' }, { active: false });
    await users.update({ email: 'emma@accord.example' }, { outOfOfficeUntil: new Date(Date.now() + 24 * 3600 * 1000) });

    const leads = await routeLeads(stack, 'away', 4);

    expect(countByOwner(leads)).toEqual({ 'farid@accord.example': 4 });
    const trace = leads.flatMap((lead) => lead.routingTrace.map((entry) => entry.outcome));
    expect(trace).toContain('skipped: deactivated');
    expect(trace).toContain('skipped: out of office');
  });
});

describe('weighted routing', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_weighted', {
      adjustModel: withAmericasPool((pool) => {
        const [first, second, third] = pool.memberIds;

        return { ...pool, strategy: RoutingStrategy.Weighted, weights: { [first ?? '']: 2, [second ?? '']: 1, [third ?? '']: 1 } };
      }),
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('gives members leads in proportion to their weights', async () => {
    const leads = await routeLeads(stack, 'weighted', 8);

    expect(countByOwner(leads)).toEqual({ [AMERICAS[0] ?? '']: 4, [AMERICAS[1] ?? '']: 2, [AMERICAS[2] ?? '']: 2 });
  });
});

describe('per-rep cap and team queue fallback', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_cap', {
      adjustModel: withAmericasPool((pool) => ({
        ...pool,
        strategy: RoutingStrategy.LoadBalanced,
        maxOpenLeadsPerRep: 1,
        fallback: RoutingFallback.TeamQueue,
      })),
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('fills each rep to the cap, then leaves leads in the team queue', async () => {
    const leads = await routeLeads(stack, 'capped', 5);

    expect(countByOwner(leads)).toEqual({ [AMERICAS[0] ?? '']: 1, [AMERICAS[1] ?? '']: 1, [AMERICAS[2] ?? '']: 1, unassigned: 2 });
    const queued = leads.filter((lead) => lead.ownerId === null);
    expect(queued.every((lead) => lead.teamId !== null && lead.routingPool === 'americas-reps')).toBe(true);
    expect(queued[0]?.routingTrace.map((entry) => entry.outcome)).toContain('no eligible member; left unassigned in the team queue');
    const audits: { action: string; target_id: string }[] = await stack.database.dataSource.query(
      `SELECT action, target_id FROM audit_entries WHERE action = 'ROUTING_FALLBACK' ORDER BY occurred_at`,
    );
    expect(audits.map((entry) => entry.target_id).sort()).toEqual(queued.map((lead) => lead.id).sort());
  });
});

describe('manual reassignment', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_manual');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('moves the lead with a reason and leaves the rotation where it was', async () => {
    const [first] = await routeLeads(stack, 'manual', 1);
    const rotationBefore = await stack.database.dataSource.query(`SELECT rotation FROM routing_pools WHERE key = 'americas-reps'`);
    const manager = await stack.userByEmail('manager.americas@accord.example');
    const target = await stack.userByEmail(AMERICAS.find((email) => email !== first?.owner?.email) ?? '');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(first?.id ?? ''));

    const result = await handle.executeUpdate(reassignLeadUpdate, {
      args: [{ actorId: manager.id, toUserId: target.id, reason: 'Speaks the buyer language' }],
    });

    expect(result.ownerId).toBe(target.id);
    const moved = await stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: first?.id ?? '' } });
    expect(moved.ownerId).toBe(target.id);
    expect(moved.slaDueAt).not.toBeNull();
    const rotationAfter = await stack.database.dataSource.query(`SELECT rotation FROM routing_pools WHERE key = 'americas-reps'`);
    expect(rotationAfter).toEqual(rotationBefore);
    const events = await stack.database.dataSource.query(`SELECT detail FROM sla_events WHERE lead_id = $1 AND kind = 'REASSIGNED'`, [
      first?.id,
    ]);
    expect(events).toEqual([{ detail: 'reassigned by a manager: Speaks the buyer language' }]);

    const [next] = await routeLeads(stack, 'after-manual', 1);
    const ticketOf = (lead: LeadEntity | undefined) =>
      /ticket (\d+)/.exec(lead?.routingTrace.map((entry) => entry.outcome).join(' ') ?? '')?.[1];
    expect(Number(ticketOf(next))).toBe(Number(ticketOf(first)) + 1);
  });

  it('refuses a reassignment without a reason', async () => {
    const [lead] = await routeLeads(stack, 'no-reason', 1);
    const manager = await stack.userByEmail('manager.americas@accord.example');
    const handle = stack.client.workflow.getHandle(leadWorkflowId(lead?.id ?? ''));

    const attempt = handle.executeUpdate(reassignLeadUpdate, { args: [{ actorId: manager.id, toUserId: manager.id, reason: ' ' }] });

    await expect(attempt).rejects.toMatchObject({ cause: { type: 'LeadActionRejected' } });
    const unchanged = await stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: lead?.id ?? '' } });
    expect(unchanged.ownerId).toBe(lead?.ownerId);
  });
});

describe('account matching', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_account', {
      adjustModel: (model) => ({ ...model, routingRules: model.routingRules.map((rule) => ({ ...rule, matchAccountOwner: true })) }),
    });
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('sends a lead from a known company domain to that account owner', async () => {
    const [first] = await routeLeads(stack, 'buyer-one', 1);
    const accountDomainLead = await insertLead(stack.database.dataSource, { email: 'second.buyer@routing.example' });
    await startLeadLifecycle(stack.client, accountDomainLead.id);
    const second = await waitFor(
      () => stack.database.dataSource.manager.findOneOrFail(LeadEntity, { where: { id: accountDomainLead.id } }),
      (row) => row.ownerId !== null,
      20_000,
      'routing of the second lead',
    );

    expect(second.ownerId).toBe(first?.ownerId);
    expect(second.routingTrace.map((entry) => entry.outcome)).toContain('account owner of routing.example');
  });
});

describe('working hours', () => {
  let stack: LifecycleStack;

  beforeAll(async () => {
    stack = await startLifecycleStack('routing_hours');
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('passes over a rep outside working hours while colleagues work', async () => {
    const users = stack.database.dataSource.manager.getRepository(UserEntity);
    const today = ((new Date().getUTCDay() + 6) % 7) + 1;
    const otherDay = ((today % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
    // Open one minute a week, on another day than today: closed now.
    await users.update(
      { email: AMERICAS[0] ?? '' },
      { calendar: { timeZone: 'UTC', hours: [{ day: otherDay, start: '00:00', end: '00:01' }], holidays: [] } },
    );
    for (const email of AMERICAS.slice(1)) {
      await users.update({ email }, { calendar: ALWAYS_OPEN_CALENDAR });
    }

    const leads = await routeLeads(stack, 'after-hours', 4);

    const counts = countByOwner(leads);
    expect(counts[AMERICAS[0] ?? '']).toBeUndefined();
    expect((counts[AMERICAS[1] ?? ''] ?? 0) + (counts[AMERICAS[2] ?? ''] ?? 0)).toBe(4);
    expect(leads.flatMap((lead) => lead.routingTrace.map((entry) => entry.outcome))).toContain('skipped: outside working hours');
  });
});
