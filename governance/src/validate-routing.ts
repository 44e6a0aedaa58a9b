import type { GovernanceModel } from './model';
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

/** Checks teams, routing pools and routing rules: unique keys, members, and references that resolve. */
export function checkRouting(model: GovernanceModel): ModelProblem[] {
  const teamKeys = model.teams.map((team) => team.key);
  const poolKeys = model.routingPools.map((pool) => pool.key);
  const problems = [
    ...checkUnique(teamKeys, 'teams', 'team key'),
    ...checkUnique(poolKeys, 'routingPools', 'pool key'),
  ];

  model.routingPools.forEach((pool, index) => {
    if (pool.memberIds.length === 0) {
      problems.push({
        path: `routingPools[${index}].memberIds`,
        message: `pool "${pool.key}" has no members; add at least one rep`,
      });
    }
    if (!teamKeys.includes(pool.teamKey)) {
      problems.push({
        path: `routingPools[${index}].teamKey`,
        message: `pool "${pool.key}" names unknown team "${pool.teamKey}"; use one of: ${teamKeys.join(', ') || 'none'}`,
      });
    }
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
