import { describeList, describeOptionalCondition } from './describe-governance-values';
import type { GovernanceDiffEntry } from './diff-governance-models';
import { describeChange, isSameValue, pairByKey, pairPath, type KeyedPair } from './diff-helpers';
import { RoutingFallback, RoutingStrategy, type GovernanceModel, type RoutingPool, type RoutingRule } from './model';

const EVERY_LEAD = 'every lead';

const STRATEGY_WORDS: Record<RoutingStrategy, string> = {
  [RoutingStrategy.RoundRobin]: 'round robin',
  [RoutingStrategy.Weighted]: 'weighted',
  [RoutingStrategy.LoadBalanced]: 'load balanced',
};

const FALLBACK_WORDS: Record<RoutingFallback, string> = {
  [RoutingFallback.TeamManager]: 'team manager',
  [RoutingFallback.TeamQueue]: 'team queue',
};

type Names = Readonly<Record<string, string>>;

function nameOf(memberId: string, names: Names): string {
  return names[memberId] ?? memberId;
}

function describeAddedOrRemoved<T>(
  pair: KeyedPair<T>,
  listPath: string,
  subject: string,
  describe: (item: T) => string,
): GovernanceDiffEntry {
  const added = pair.after !== null;
  const text = describe((pair.after ?? pair.before) as T);

  return {
    path: pairPath(listPath, pair),
    description: `${subject} ${added ? 'added' : 'removed'}`,
    before: added ? null : text,
    after: added ? text : null,
  };
}

/** Lists added, removed and relabelled teams. */
export function diffTeams(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  return pairByKey(before.teams, after.teams, (team) => team.key).flatMap((pair) => {
    if (pair.before === null || pair.after === null) {
      return [describeAddedOrRemoved(pair, 'teams', `Team ${pair.key}`, (team) => team.label)];
    }

    return describeChange(`${pairPath('teams', pair)}.label`, `Team ${pair.key} label`, pair.before.label, pair.after.label);
  });
}

function describeStrategy(strategy: RoutingStrategy): string {
  return STRATEGY_WORDS[strategy] ?? strategy;
}

function describeCap(cap: number | null | undefined): string {
  return cap === null || cap === undefined ? 'no cap' : `${cap} open leads`;
}

function describeWeights(pool: RoutingPool, names: Names): string {
  const entries = Object.entries(pool.weights ?? {});
  const rank = (memberId: string): number => {
    const index = pool.memberIds.indexOf(memberId);

    return index === -1 ? pool.memberIds.length : index;
  };
  entries.sort(([left], [right]) => rank(left) - rank(right));

  return describeList(entries.map(([memberId, weight]) => `${nameOf(memberId, names)} ${weight}`));
}

function describePool(pool: RoutingPool): string {
  return `${pool.memberIds.length} members, ${describeStrategy(pool.strategy)}, team ${pool.teamKey}`;
}

function diffMembers(path: string, subject: string, before: RoutingPool, after: RoutingPool, names: Names): GovernanceDiffEntry[] {
  if (isSameValue(before.memberIds, after.memberIds)) {
    return [];
  }

  const beforeText = describeList(before.memberIds.map((memberId) => nameOf(memberId, names)));
  const afterText = describeList(after.memberIds.map((memberId) => nameOf(memberId, names)));
  const added = after.memberIds.filter((memberId) => !before.memberIds.includes(memberId));
  const removed = before.memberIds.filter((memberId) => !after.memberIds.includes(memberId));

  if (added.length === 0 && removed.length === 0) {
    return [{ path, description: `${subject} rotation order: ${beforeText} → ${afterText}`, before: beforeText, after: afterText }];
  }

  const changes = [
    added.length > 0 ? `added ${added.map((memberId) => nameOf(memberId, names)).join(', ')}` : null,
    removed.length > 0 ? `removed ${removed.map((memberId) => nameOf(memberId, names)).join(', ')}` : null,
  ].filter((change) => change !== null);

  return [
    {
      path,
      description: `${subject} members: ${before.memberIds.length} → ${after.memberIds.length} (${changes.join('; ')})`,
      before: beforeText,
      after: afterText,
    },
  ];
}

function diffPool(path: string, before: RoutingPool, after: RoutingPool, names: Names): GovernanceDiffEntry[] {
  const subject = `Routing pool ${after.key}`;
  const weightsChanged = !isSameValue(before.weights ?? {}, after.weights ?? {});

  return [
    ...describeChange(`${path}.label`, `${subject} label`, before.label, after.label),
    ...describeChange(`${path}.teamKey`, `${subject} team`, before.teamKey, after.teamKey),
    ...diffMembers(`${path}.memberIds`, subject, before, after, names),
    ...describeChange(`${path}.strategy`, `${subject} strategy`, describeStrategy(before.strategy), describeStrategy(after.strategy)),
    ...(weightsChanged
      ? describeChange(`${path}.weights`, `${subject} weights`, describeWeights(before, names), describeWeights(after, names))
      : []),
    ...describeChange(
      `${path}.maxOpenLeadsPerRep`,
      `${subject} cap per rep`,
      describeCap(before.maxOpenLeadsPerRep),
      describeCap(after.maxOpenLeadsPerRep),
    ),
    // A pool without a fallback sends leads to the team manager, so absent and TEAM_MANAGER read the same.
    ...describeChange(
      `${path}.fallback`,
      `${subject} fallback`,
      FALLBACK_WORDS[before.fallback ?? RoutingFallback.TeamManager] ?? String(before.fallback),
      FALLBACK_WORDS[after.fallback ?? RoutingFallback.TeamManager] ?? String(after.fallback),
    ),
  ];
}

/** Lists the changes to routing pools; `names` turns member ids into display names. */
export function diffRoutingPools(before: GovernanceModel, after: GovernanceModel, names: Names): GovernanceDiffEntry[] {
  return pairByKey(before.routingPools, after.routingPools, (pool) => pool.key).flatMap((pair) => {
    if (pair.before === null || pair.after === null) {
      return [describeAddedOrRemoved(pair, 'routingPools', `Routing pool ${pair.key}`, describePool)];
    }

    return diffPool(pairPath('routingPools', pair), pair.before, pair.after, names);
  });
}

function describeRule(rule: RoutingRule): string {
  return `${describeOptionalCondition(rule.condition, EVERY_LEAD)} to pool ${rule.poolKey}`;
}

/**
 * Lists the changes to routing rules. The first matching rule wins, so a new order of the rules
 * that both models share is a change of its own, listed first.
 */
export function diffRoutingRules(before: GovernanceModel, after: GovernanceModel): GovernanceDiffEntry[] {
  const entries: GovernanceDiffEntry[] = [];
  const afterKeys = after.routingRules.map((rule) => rule.key);
  const beforeKeys = before.routingRules.map((rule) => rule.key);
  const sharedBefore = beforeKeys.filter((key) => afterKeys.includes(key));
  const sharedAfter = afterKeys.filter((key) => beforeKeys.includes(key));

  if (!isSameValue(sharedBefore, sharedAfter)) {
    entries.push(...describeChange('routingRules', 'Routing rule order', sharedBefore.join(', '), sharedAfter.join(', ')));
  }

  for (const pair of pairByKey(before.routingRules, after.routingRules, (rule) => rule.key)) {
    const path = pairPath('routingRules', pair);
    if (pair.before === null || pair.after === null) {
      entries.push(describeAddedOrRemoved(pair, 'routingRules', `Routing rule ${pair.key}`, describeRule));
      continue;
    }

    if (!isSameValue(pair.before.condition, pair.after.condition)) {
      entries.push(
        ...describeChange(
          `${path}.condition`,
          `Routing rule ${pair.key} condition`,
          describeOptionalCondition(pair.before.condition, EVERY_LEAD),
          describeOptionalCondition(pair.after.condition, EVERY_LEAD),
        ),
      );
    }
    entries.push(...describeChange(`${path}.poolKey`, `Routing rule ${pair.key} pool`, pair.before.poolKey, pair.after.poolKey));
  }

  return entries;
}
