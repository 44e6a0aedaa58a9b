/**
 * Measures the two computations every lead assignment makes: the SLA deadline on a business calendar
 * and the routing decision (first matching rule, then the pool member). Run with
 * `node scripts/run-ts.mjs governance/src/routing-and-deadline.bench.ts`; it prints the median of five
 * timed runs after one warm-up run. Inputs come from a seeded generator, so every run replays them.
 */
import { addBusinessSeconds } from './business-calendar';
import { choosePoolMember } from './choose-pool-member';
import { chooseRoutingRule } from './choose-route';
import {
  Motion,
  RoutingStrategy,
  type BusinessCalendar,
  type LeadAttributes,
  type MotionDefinition,
  type RoutingPool,
  type RoutingRule,
} from './model';

const DEADLINE_COUNT = 5_000;
const ROUTING_COUNT = 100_000;
const REP_COUNT = 50;
const RULE_COUNT = 20;
const TIMED_RUNS = 5;

/** Mulberry32, a small seeded generator that returns floats in [0, 1). */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);

    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const ZONES = ['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'Australia/Sydney', 'America/Sao_Paulo'];

function randomCalendar(random: () => number): BusinessCalendar {
  const start = 7 + Math.floor(random() * 3);
  const days = random() < 0.2 ? ([1, 2, 3, 4, 5, 6] as const) : ([1, 2, 3, 4, 5] as const);

  return {
    timeZone: ZONES[Math.floor(random() * ZONES.length)] ?? 'UTC',
    hours: days.map((day) => ({ day, start: `0${start}:00`, end: `${start + 8}:00` })),
    holidays: ['2026-12-24', '2026-12-25', '2026-12-31', '2027-01-01', '2027-04-02'],
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(run: () => void): number[] {
  run();
  const runs: number[] = [];
  for (let index = 0; index < TIMED_RUNS; index += 1) {
    const started = performance.now();
    run();
    runs.push(performance.now() - started);
  }

  return runs;
}

function benchDeadlines(random: () => number): void {
  const cases = Array.from({ length: DEADLINE_COUNT }, () => ({
    start: new Date(Date.UTC(2026, 0, 1) + Math.floor(random() * 365 * 24 * 3600) * 1000).toISOString(),
    // Spans from one business minute to four business weeks.
    seconds: 60 + Math.floor(random() * 4 * 5 * 8 * 3600),
    calendar: randomCalendar(random),
  }));
  const runs = time(() => {
    for (const entry of cases) {
      addBusinessSeconds(entry.start, entry.seconds, entry.calendar);
    }
  });
  const ms = median(runs);
  console.log(`deadlines: ${DEADLINE_COUNT} over random calendars and spans up to 4 business weeks`);
  console.log(
    `  runs (ms): ${runs.map((run) => run.toFixed(1)).join(', ')}; median ${ms.toFixed(1)} ms = ${Math.round(DEADLINE_COUNT / (ms / 1000))} deadlines/s`,
  );
}

function benchRouting(random: () => number): void {
  const countries = ['DE', 'FR', 'GB', 'ES', 'IT', 'US', 'CA', 'BR', 'JP', 'AU'];
  const industries = ['Technology', 'Banking', 'Healthcare', 'Retail', 'Energy'];
  const pools: RoutingPool[] = Array.from({ length: 5 }, (_, index) => ({
    key: `pool-${index}`,
    label: `Pool ${index}`,
    teamKey: `team-${index}`,
    memberIds: Array.from({ length: REP_COUNT / 5 }, (__, member) => `rep-${index}-${member}`),
    strategy: [RoutingStrategy.RoundRobin, RoutingStrategy.Weighted, RoutingStrategy.LoadBalanced][index % 3] ?? RoutingStrategy.RoundRobin,
    maxOpenLeadsPerRep: 40,
  }));
  const rules: RoutingRule[] = Array.from({ length: RULE_COUNT }, (_, index) => ({
    key: `rule-${index}`,
    poolKey: `pool-${index % 5}`,
    condition:
      index === RULE_COUNT - 1
        ? null
        : {
            all: [
              { field: 'country', op: 'in', values: [countries[index % countries.length] ?? 'US'] },
              { field: 'industry', op: 'eq', value: industries[index % industries.length] ?? 'Retail' },
              { field: 'employeeCount', op: 'gte', value: (index % 4) * 100 },
            ],
          },
  }));
  const motions: MotionDefinition[] = [{ motion: Motion.Inbound, label: 'Inbound', fitThreshold: 60, intentThreshold: 40 }];
  const openLoad = Object.fromEntries(pools.flatMap((pool) => pool.memberIds.map((id) => [id, Math.floor(random() * 45)])));
  const leads: LeadAttributes[] = Array.from({ length: ROUTING_COUNT }, (_, index) => ({
    email: `lead${index}@example.com`,
    firstName: null,
    lastName: null,
    title: null,
    phone: null,
    company: null,
    companyDomain: null,
    industry: industries[Math.floor(random() * industries.length)] ?? null,
    employeeCount: Math.floor(random() * 1000),
    annualRevenueUsd: null,
    country: countries[Math.floor(random() * countries.length)] ?? null,
    region: null,
    city: null,
    source: 'Web',
    motion: Motion.Inbound,
    useCase: null,
    consent: true,
    fitScore: 70,
    behaviourScore: 50,
  }));
  const runs = time(() => {
    let ticket = 0;
    for (const lead of leads) {
      const { rule } = chooseRoutingRule(lead, rules, motions);
      const pool = pools.find((candidate) => candidate.key === rule?.poolKey);
      if (pool !== undefined) {
        ticket += 1;
        choosePoolMember(pool, { ticket, eligible: () => true, openLoad });
      }
    }
  });
  const ms = median(runs);
  console.log(`routing: ${ROUTING_COUNT} decisions with ${REP_COUNT} reps in 5 pools and ${RULE_COUNT} rules`);
  console.log(
    `  runs (ms): ${runs.map((run) => run.toFixed(1)).join(', ')}; median ${ms.toFixed(1)} ms = ${Math.round(ROUTING_COUNT / (ms / 1000))} decisions/s`,
  );
}

const random = createRandom(20_261_204);
benchDeadlines(random);
benchRouting(random);
