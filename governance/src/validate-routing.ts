import { RoutingFallback, RoutingStrategy, type GovernanceModel, type RoutingPool } from './model';
import { validateCondition, type ModelProblem } from './validate-condition';

/** Reports each key after its first use, at `path[index]`. */
export function checkUnique(keys: readonly string[], path: string, itemLabel: string): ModelProblem[] {
  return keys
    .map((key, index) => ({ key, index }))
    .filter(({ key, index }) => keys.indexOf(key) !== index)
    .map(({ key, index }) => ({
      path: `${path}[${index}]`,
      message: `${itemLabel} "${key}" is used more than once; give each a unique key`,
    }));
}

function isPositiveInteger(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

function checkWeights(pool: RoutingPool, path: string): ModelProblem[] {
  if (pool.strategy !== RoutingStrategy.Weighted || pool.weights === undefined) {
    return [];
  }

  return Object.entries(pool.weights).flatMap(([memberId, weight]): ModelProblem[] => {
    const weightPath = `${path}.weights.${memberId}`;
    if (!pool.memberIds.includes(memberId)) {
      return [
        {
          path: weightPath,
          message: `pool "${pool.key}" has a weight for ${memberId}, who is not a member; remove the weight or add ${memberId} to memberIds`,
        },
      ];
    }
    if (!isPositiveInteger(weight)) {
      return [
        {
          path: weightPath,
          message: `${weightPath} ${weight} is not a whole number of 1 or more; set the slots per cycle, such as 2 for a double share`,
        },
      ];
    }

    return [];
  });
}

function checkActiveMembers(pool: RoutingPool, path: string, activeUserIds: readonly string[] | undefined): ModelProblem[] {
  if (activeUserIds === undefined || pool.memberIds.length === 0) {
    return [];
  }
  if (pool.memberIds.some((memberId) => activeUserIds.includes(memberId))) {
    return [];
  }

  return [
    {
      path: `${path}.memberIds`,
      message: `pool "${pool.key}" has no active member (${pool.memberIds.join(', ')} are inactive or unknown); add an active rep or reactivate one`,
    },
  ];
}

function checkPool(pool: RoutingPool, index: number, teamKeys: readonly string[], activeUserIds?: readonly string[]): ModelProblem[] {
  const path = `routingPools[${index}]`;
  const problems: ModelProblem[] = [];

  if (pool.memberIds.length === 0) {
    problems.push({ path: `${path}.memberIds`, message: `pool "${pool.key}" has no members; add at least one rep` });
  }
  problems.push(...checkActiveMembers(pool, path, activeUserIds));
  if (!teamKeys.includes(pool.teamKey)) {
    problems.push({
      path: `${path}.teamKey`,
      message: `pool "${pool.key}" names unknown team "${pool.teamKey}"; use one of: ${teamKeys.join(', ') || 'none'}`,
    });
  }
  if (!(Object.values(RoutingStrategy) as string[]).includes(pool.strategy)) {
    problems.push({
      path: `${path}.strategy`,
      message: `${path}.strategy "${pool.strategy}" is not a routing strategy; use one of ${Object.values(RoutingStrategy).join(', ')}`,
    });
  }
  problems.push(...checkWeights(pool, path));

  const cap = pool.maxOpenLeadsPerRep;
  if (cap !== undefined && cap !== null && !isPositiveInteger(cap)) {
    problems.push({
      path: `${path}.maxOpenLeadsPerRep`,
      message: `${path}.maxOpenLeadsPerRep ${cap} is not a whole number of 1 or more; set the open leads a rep may hold, or null for no cap`,
    });
  }
  if (pool.fallback !== undefined && !(Object.values(RoutingFallback) as string[]).includes(pool.fallback)) {
    problems.push({
      path: `${path}.fallback`,
      message: `${path}.fallback "${pool.fallback}" is not a routing fallback; use one of ${Object.values(RoutingFallback).join(', ')}`,
    });
  }

  return problems;
}

/**
 * Checks teams, routing pools and routing rules: unique keys, members, strategies, weights, caps and
 * references that resolve. With `activeUserIds`, a pool whose members are all inactive is a problem.
 */
export function checkRouting(model: GovernanceModel, activeUserIds?: readonly string[]): ModelProblem[] {
  const teamKeys = model.teams.map((team) => team.key);
  const poolKeys = model.routingPools.map((pool) => pool.key);
  const problems = [...checkUnique(teamKeys, 'teams', 'team key'), ...checkUnique(poolKeys, 'routingPools', 'pool key')];

  model.routingPools.forEach((pool, index) => {
    problems.push(...checkPool(pool, index, teamKeys, activeUserIds));
  });

  problems.push(
    ...checkUnique(
      model.routingRules.map((rule) => rule.key),
      'routingRules',
      'routing rule key',
    ),
  );
  model.routingRules.forEach((rule, index) => {
    if (!poolKeys.includes(rule.poolKey)) {
      problems.push({
        path: `routingRules[${index}].poolKey`,
        message: `routing rule "${rule.key}" names unknown pool "${rule.poolKey}"; use one of: ${poolKeys.join(', ') || 'none'}`,
      });
    }
    if (rule.condition !== null) {
      problems.push(...validateCondition(rule.condition, `routingRules[${index}].condition`));
    }
  });

  return problems;
}
