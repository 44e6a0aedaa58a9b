import type { RoutingTraceEntry as RoutingTraceRow } from '@accord/db';
import type { GovernanceModel } from '@accord/governance';

import type { RoutingTraceEntry } from './lead-work.types';

/**
 * Adds a label to each stored routing step: the user's name when the key is a user id, else the
 * label of the routing pool or team the key names in `model`. Rule steps keep a null label, because
 * a rule key may repeat a pool's key.
 */
export function labelRoutingTrace(
  rows: readonly RoutingTraceRow[],
  model: GovernanceModel | null,
  userNames: ReadonlyMap<string, string>,
): RoutingTraceEntry[] {
  return rows.map((row) => ({ step: row.step, key: row.key, outcome: row.outcome, label: labelOf(row, model, userNames) }));
}

function labelOf(row: RoutingTraceRow, model: GovernanceModel | null, userNames: ReadonlyMap<string, string>): string | null {
  if (row.step === 'RULE') {
    return null;
  }

  const userName = userNames.get(row.key);
  if (userName !== undefined) {
    return userName;
  }

  const pool = model?.routingPools.find((candidate) => candidate.key === row.key);
  const team = model?.teams.find((candidate) => candidate.key === row.key);

  return pool?.label ?? team?.label ?? null;
}
