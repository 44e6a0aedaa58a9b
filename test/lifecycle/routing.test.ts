import { RoutingFallback, RoutingStrategy, type GovernanceModel } from '@accord/governance';
import { LeadEntity, UserEntity } from '@accord/db';
import { startLeadLifecycle } from '@accord/workflows';
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
  });
});
