import { splitTicketsOverPool } from './choose-pool-member';
import { Motion, Stage, type RoutingPool } from './model';
import type { GovernanceSimulation, GovernanceSimulationInput, ModelTally, SimulatedLoad, SimulatedOutcomes } from './simulation-types';

const SECONDS_PER_HOUR = 3600;
const MOTIONS = Object.values(Motion);

/** Rep and team MQL counts of one model, keyed by user id and team key. */
interface RoutedLoad {
  byRep: Map<string, number>;
  byTeam: Map<string, number>;
}

function add(counts: Map<string, number>, key: string, amount: number): void {
  counts.set(key, (counts.get(key) ?? 0) + amount);
}

function routeLoad(pools: readonly RoutingPool[], mqlByPool: readonly number[], teamByMember: ReadonlyMap<string, string>): RoutedLoad {
  const load: RoutedLoad = { byRep: new Map(), byTeam: new Map() };

  pools.forEach((pool, index) => {
    const mqlCount = mqlByPool[index] ?? 0;
    if (pool.memberIds.length === 0) {
      add(load.byTeam, pool.teamKey, mqlCount);

      return;
    }

    for (const [memberId, count] of splitTicketsOverPool(pool, mqlCount)) {
      add(load.byRep, memberId, count);
      add(load.byTeam, teamByMember.get(memberId) ?? pool.teamKey, count);
    }
  });

  return load;
}

/** Lists keys once each, in the order of the given lists. */
function uniqueKeys(...lists: ReadonlyArray<Iterable<string>>): string[] {
  const keys = new Set<string>();
  for (const list of lists) {
    for (const key of list) {
      keys.add(key);
    }
  }

  return [...keys];
}

function loadRows(
  keys: readonly string[],
  labelOf: (key: string) => string,
  baseline: ReadonlyMap<string, number>,
  draft: ReadonlyMap<string, number>,
): SimulatedLoad[] {
  return keys.map((key) => ({ key, label: labelOf(key), baseline: baseline.get(key) ?? 0, draft: draft.get(key) ?? 0 }));
}

function slaRows(input: GovernanceSimulationInput, baseline: ModelTally, draft: ModelTally): SimulatedLoad[] {
  const labelOf = (stage: Stage): string =>
    [input.draft, input.baseline].flatMap((model) => model.stages).find((definition) => definition.stage === stage)?.label ?? stage;

  return [
    {
      key: Stage.Sal,
      label: labelOf(Stage.Sal),
      baseline: Math.round(baseline.salSeconds / SECONDS_PER_HOUR),
      draft: Math.round(draft.salSeconds / SECONDS_PER_HOUR),
    },
    {
      key: Stage.Sql,
      label: labelOf(Stage.Sql),
      baseline: Math.round(baseline.sqlSeconds / SECONDS_PER_HOUR),
      draft: Math.round(draft.sqlSeconds / SECONDS_PER_HOUR),
    },
  ];
}

/** Turns the tallies of both models into the rows of a simulation result. */
export function summarizeSimulation(
  input: GovernanceSimulationInput,
  tallies: { baseline: ModelTally; draft: ModelTally },
  leadsByMotion: Map<Motion, number>,
  outcomes: SimulatedOutcomes,
): GovernanceSimulation {
  const { baseline, draft } = tallies;
  const teamByMember = new Map(input.members.map((member) => [member.id, member.teamKey]));
  const nameByMember = new Map(input.members.map((member) => [member.id, member.name]));
  const baselineLoad = routeLoad(input.baseline.routingPools, baseline.mqlByPool, teamByMember);
  const draftLoad = routeLoad(input.draft.routingPools, draft.mqlByPool, teamByMember);

  const poolMembers = new Set([...input.baseline.routingPools, ...input.draft.routingPools].flatMap((pool) => pool.memberIds));
  const repKeys = uniqueKeys(
    input.members.map((member) => member.id).filter((memberId) => poolMembers.has(memberId)),
    poolMembers,
  );

  const teams = [...input.draft.teams, ...input.baseline.teams];
  const teamLabels = new Map([...teams].reverse().map((team) => [team.key, team.label]));
  const teamKeys = uniqueKeys(
    teams.map((team) => team.key),
    baselineLoad.byTeam.keys(),
    draftLoad.byTeam.keys(),
  );

  return {
    leadCount: input.leads.length,
    motions: MOTIONS.map((motion) => ({
      motion,
      leadCount: leadsByMotion.get(motion) ?? 0,
      baselineMql: baseline.mqlByMotion.get(motion) ?? 0,
      draftMql: draft.mqlByMotion.get(motion) ?? 0,
    })),
    repLoad: loadRows(repKeys, (key) => nameByMember.get(key) ?? key, baselineLoad.byRep, draftLoad.byRep),
    teamLoad: loadRows(teamKeys, (key) => teamLabels.get(key) ?? key, baselineLoad.byTeam, draftLoad.byTeam),
    slaLoad: slaRows(input, baseline, draft),
    outcomes,
    unroutedMql: { baseline: baseline.unroutedMql, draft: draft.unroutedMql },
  };
}
