import type { EntityManager } from 'typeorm';
import {
  choosePoolMember,
  chooseRoutingRule,
  isWithinBusinessHours,
  RoutingFallback,
  RoutingStrategy,
  type GovernanceModel,
  type Ineligibility,
  type RoutingPool,
} from '@accord/governance';
import { type LeadEntity, type RoutingTraceEntry, leadEntityToAttributes, TeamEntity, UserEntity } from '@accord/db';
import type { AssignmentMode } from './activity-types';

export interface OwnerChoice {
  owner: UserEntity | null;
  team: TeamEntity | null;
  poolKey: string | null;
  trace: RoutingTraceEntry[];
}

function isAvailable(user: UserEntity | undefined, now: Date): boolean {
  if (user === undefined || !user.active) {
    return false;
  }

  return user.outOfOfficeUntil === null || user.outOfOfficeUntil.getTime() <= now.getTime();
}

async function openLoadOf(manager: EntityManager, memberIds: string[]): Promise<Record<string, number>> {
  if (memberIds.length === 0) {
    return {};
  }
  const rows: { owner_id: string; open: string }[] = await manager.query(
    `SELECT owner_id, count(*) AS open FROM leads WHERE owner_id = ANY($1) AND stage IN ('MQL', 'SAL', 'SQL') GROUP BY owner_id`,
    [memberIds],
  );

  return Object.fromEntries(rows.map((row) => [row.owner_id, Number(row.open)]));
}

function unavailableReason(user: UserEntity | undefined): string {
  if (user === undefined) {
    return 'not a user any more';
  }

  return user.active ? 'out of office' : 'deactivated';
}

async function loadPoolContext(
  manager: EntityManager,
  pool: RoutingPool,
): Promise<{ team: TeamEntity | null; members: Map<string, UserEntity> }> {
  const team = await manager.findOne(TeamEntity, { where: { key: pool.teamKey } });
  const users = pool.memberIds.length === 0 ? [] : await manager.getRepository(UserEntity).findBy(pool.memberIds.map((id) => ({ id })));

  return { team, members: new Map(users.map((user) => [user.id, user])) };
}

async function claimTicket(manager: EntityManager, poolKey: string): Promise<number> {
  // TypeORM returns [rows, affectedCount] for an UPDATE … RETURNING on PostgreSQL.
  const [rows]: [{ rotation: string }[], number] = await manager.query(
    'UPDATE routing_pools SET rotation = rotation + 1, updated_at = now() WHERE key = $1 RETURNING rotation',
    [poolKey],
  );
  const claimed = rows[0];
  if (claimed === undefined) {
    throw new Error(`routing pool "${poolKey}" has no rotation row; publish the governance version again to create it`);
  }

  return Number(claimed.rotation);
}

/**
 * The owner of the most recently assigned other lead from the same company domain, when that owner is
 * still available. A lead without a company domain has no account.
 */
async function findAccountOwner(manager: EntityManager, lead: LeadEntity, now: Date): Promise<UserEntity | null> {
  if (lead.companyDomain === null || lead.companyDomain.trim() === '') {
    return null;
  }
  const rows: { owner_id: string }[] = await manager.query(
    `SELECT owner_id FROM leads WHERE lower(company_domain) = lower($1) AND id <> $2 AND owner_id IS NOT NULL
     ORDER BY assigned_at DESC NULLS LAST LIMIT 1`,
    [lead.companyDomain.trim(), lead.id],
  );
  const ownerId = rows[0]?.owner_id;
  const owner = ownerId === undefined ? null : await manager.findOne(UserEntity, { where: { id: ownerId } });

  return owner !== null && isAvailable(owner, now) ? owner : null;
}

async function lockPool(manager: EntityManager, poolKey: string): Promise<void> {
  await manager.query('SELECT rotation FROM routing_pools WHERE key = $1 FOR UPDATE', [poolKey]);
}

const STRATEGY_WORDS: Record<RoutingStrategy, string> = {
  [RoutingStrategy.RoundRobin]: 'round robin',
  [RoutingStrategy.Weighted]: 'weighted round robin',
  [RoutingStrategy.LoadBalanced]: 'least open leads',
};

async function managerOf(manager: EntityManager, team: TeamEntity | null): Promise<UserEntity | null> {
  if (team === null || team.managerId === null) {
    return null;
  }

  return manager.findOne(UserEntity, { where: { id: team.managerId } });
}

/**
 * Chooses the lead's next owner. ROUTE takes a ticket from the pool's rotation (the atomic UPDATE
 * serialises concurrent routes, so each lead gets the next slot); NEXT_IN_POOL takes the member after
 * the current owner without moving the rotation; MANAGER takes the team manager. Unavailable members
 * are skipped and the reason is kept in the trace; with nobody eligible the team manager is the fallback.
 */
export async function chooseOwner(
  manager: EntityManager,
  lead: LeadEntity,
  model: GovernanceModel,
  mode: AssignmentMode,
  now: Date,
  manual?: { toUserId: string; reason: string },
): Promise<OwnerChoice> {
  const trace: RoutingTraceEntry[] = [];
  if (mode === 'MANUAL') {
    // A manager's choice takes no ticket and leaves the pool's rotation where it was.
    const owner = manual === undefined ? null : await manager.findOne(UserEntity, { where: { id: manual.toUserId } });
    const team = owner?.teamId ? await manager.findOne(TeamEntity, { where: { id: owner.teamId } }) : null;
    trace.push({ step: 'ASSIGNED', key: owner?.id ?? 'none', outcome: `reassigned by a manager: ${manual?.reason ?? ''}` });

    return { owner, team, poolKey: lead.routingPool, trace };
  }
  if (mode === 'KEEP_OWNER') {
    const owner = lead.ownerId === null ? null : await manager.findOne(UserEntity, { where: { id: lead.ownerId } });
    const team = lead.teamId === null ? null : await manager.findOne(TeamEntity, { where: { id: lead.teamId } });

    return { owner, team, poolKey: lead.routingPool, trace };
  }

  let pool: RoutingPool | undefined;
  if (mode === 'ROUTE') {
    const routing = chooseRoutingRule(leadEntityToAttributes(lead), model.routingRules, model.motions);
    for (const step of routing.trace) {
      trace.push({ step: 'RULE', key: step.ruleKey, outcome: step.matched ? 'matched' : 'did not match' });
    }
    pool = model.routingPools.find((candidate) => candidate.key === routing.rule?.poolKey);
    if (routing.rule?.matchAccountOwner === true) {
      const accountOwner = await findAccountOwner(manager, lead, now);
      if (accountOwner !== null) {
        const team = accountOwner.teamId === null ? null : await manager.findOne(TeamEntity, { where: { id: accountOwner.teamId } });
        trace.push({ step: 'ASSIGNED', key: accountOwner.id, outcome: `account owner of ${lead.companyDomain ?? ''}` });

        return { owner: accountOwner, team, poolKey: pool?.key ?? null, trace };
      }
      trace.push({
        step: 'RULE',
        key: 'account-match',
        outcome: `no available owner for ${lead.companyDomain ?? 'a lead without a company domain'}`,
      });
    }
  } else {
    pool = model.routingPools.find((candidate) => candidate.key === lead.routingPool);
  }
  if (pool === undefined) {
    trace.push({ step: 'FALLBACK', key: 'no-pool', outcome: 'no routing rule matched a known pool' });

    return { owner: null, team: null, poolKey: null, trace };
  }

  const { team, members } = await loadPoolContext(manager, pool);
  if (mode === 'MANAGER') {
    const teamManager = await managerOf(manager, team);
    trace.push({ step: 'ASSIGNED', key: teamManager?.id ?? 'none', outcome: 'escalated to the team manager' });

    return { owner: teamManager, team, poolKey: pool.key, trace };
  }

  // Claiming a ticket (or locking the pool's row for a reassignment, which must not move the rotation)
  // holds the row until the transaction ends, so assignments in one pool run one at a time and
  // load-balanced picks see each other's results.
  const currentIndex = lead.ownerId === null ? -1 : pool.memberIds.indexOf(lead.ownerId);
  let ticket: number;
  if (mode === 'ROUTE') {
    ticket = await claimTicket(manager, pool.key);
  } else {
    await lockPool(manager, pool.key);
    ticket = currentIndex + 2;
  }
  const workingNow = (id: string): boolean => {
    const calendar = members.get(id)?.calendar ?? team?.calendar ?? null;

    return calendar === null || isWithinBusinessHours(now.toISOString(), calendar);
  };
  // Reps outside their working hours are passed over while a colleague is working. When nobody in the
  // pool is working, hours are no reason to skip, so the lead still gets an owner and its SLA counts
  // from the next opening of that owner's calendar.
  const someoneWorking = pool.memberIds.some((id) => id !== lead.ownerId && isAvailable(members.get(id), now) && workingNow(id));
  const eligible = (id: string): true | Ineligibility => {
    if (mode === 'NEXT_IN_POOL' && id === lead.ownerId) {
      return { reason: 'current owner' };
    }
    if (!isAvailable(members.get(id), now)) {
      return { reason: unavailableReason(members.get(id)) };
    }

    return someoneWorking && !workingNow(id) ? { reason: 'outside working hours' } : true;
  };
  const openLoad = await openLoadOf(manager, pool.memberIds);
  // Reassignment after a breach takes the member after the current owner, whatever the pool's strategy.
  const strategyPool = mode === 'NEXT_IN_POOL' ? { ...pool, strategy: RoutingStrategy.RoundRobin } : pool;
  const pick = choosePoolMember(strategyPool, { ticket, eligible, openLoad });
  for (const skipped of pick.skipped) {
    trace.push({ step: 'CANDIDATE', key: skipped.memberId, outcome: `skipped: ${skipped.reason}` });
  }

  const owner = pick.memberId === null ? null : (members.get(pick.memberId) ?? null);
  if (owner !== null) {
    trace.push({
      step: 'ASSIGNED',
      key: owner.id,
      outcome: mode === 'ROUTE' ? `${STRATEGY_WORDS[pool.strategy]}, ticket ${ticket} in pool ${pool.key}` : `next rep in pool ${pool.key}`,
    });

    return { owner, team, poolKey: pool.key, trace };
  }

  if (pick.fallback === RoutingFallback.TeamQueue) {
    trace.push({ step: 'FALLBACK', key: team?.key ?? 'none', outcome: 'no eligible member; left unassigned in the team queue' });

    return { owner: null, team, poolKey: pool.key, trace };
  }
  const fallback = await managerOf(manager, team);
  trace.push({ step: 'FALLBACK', key: fallback?.id ?? 'none', outcome: 'no eligible member; assigned to the team manager' });

  return { owner: fallback, team, poolKey: pool.key, trace };
}
