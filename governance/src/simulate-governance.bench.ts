/**
 * Times simulateGovernance on 100,000 generated leads against the default model and a draft that
 * changes thresholds, an SLA and a pool. Run with
 * `node scripts/run-ts.mjs governance/src/simulate-governance.bench.ts`; it prints the median of
 * five timed runs after one warm-up run. The leads come from a seeded generator, so every run
 * replays the same input.
 */
import { buildDefaultGovernanceModel } from './default-model';
import { Motion, RoutingStrategy, Stage, type GovernanceModel } from './model';
import { simulateGovernance, type SimulationLead, type SimulationOutcome } from './simulate-governance';

const LEAD_COUNT = 100_000;
const TIMED_RUNS = 5;
const SEED = 20_260_301;

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

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

const COUNTRIES = ['DE', 'FR', 'GB', 'ES', 'US', 'USA', 'CA', 'BR', 'JP', 'IN', null];
const INDUSTRIES = ['Technology', 'Banking', 'Healthcare', 'Retail', 'Education', null];
const MOTIONS = Object.values(Motion);
const OUTCOMES: SimulationOutcome[] = ['OPEN', 'OPEN', 'ACCEPTED', 'ACCEPTED', 'WON', 'REJECTED', 'DISQUALIFIED', 'RECYCLED'];

function buildLeads(random: () => number): SimulationLead[] {
  const leads: SimulationLead[] = [];

  for (let index = 0; index < LEAD_COUNT; index += 1) {
    leads.push({
      email: `lead${index}@example.com`,
      firstName: null,
      lastName: null,
      title: random() < 0.9 ? 'Head of Operations' : null,
      phone: random() < 0.5 ? '+49 30 1234567' : null,
      company: `Company ${index % 5000}`,
      companyDomain: null,
      industry: pick(random, INDUSTRIES),
      employeeCount: Math.floor(random() * 5000),
      annualRevenueUsd: null,
      country: pick(random, COUNTRIES),
      region: null,
      city: null,
      source: 'Web',
      motion: pick(random, MOTIONS),
      useCase: random() < 0.6 ? 'Forecasting' : null,
      consent: true,
      fitScore: Math.floor(random() * 101),
      behaviourScore: Math.floor(random() * 101),
      outcome: pick(random, OUTCOMES),
    });
  }

  return leads;
}

function buildModels(): { baseline: GovernanceModel; draft: GovernanceModel } {
  const input = {
    teams: [
      { key: 'sales-emea', label: 'Sales EMEA' },
      { key: 'sales-americas', label: 'Sales Americas' },
    ],
    pools: [
      { key: 'emea', label: 'EMEA reps', teamKey: 'sales-emea', memberIds: ['u1', 'u2', 'u3', 'u4', 'u5', 'u6'] },
      { key: 'americas', label: 'Americas reps', teamKey: 'sales-americas', memberIds: ['u7', 'u8', 'u9', 'u10'] },
    ],
  };
  const baseline = buildDefaultGovernanceModel(input);
  const draft = buildDefaultGovernanceModel(input);

  for (const motion of draft.motions) {
    motion.fitThreshold += 5;
  }
  const sal = draft.stages.find((definition) => definition.stage === Stage.Sal)?.sla.default;
  if (sal !== null && sal !== undefined) {
    sal.targetSeconds = 1800;
  }
  const emea = draft.routingPools[0];
  if (emea !== undefined) {
    emea.strategy = RoutingStrategy.Weighted;
    emea.weights = { u1: 2, u2: 2 };
  }

  return { baseline, draft };
}

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);

  return sorted[Math.floor(sorted.length / 2)] as number;
}

function main(): void {
  const leads = buildLeads(createRandom(SEED));
  const { baseline, draft } = buildModels();
  const members = Array.from({ length: 10 }, (_, index) => ({
    id: `u${index + 1}`,
    name: `Rep ${index + 1}`,
    teamKey: index < 6 ? 'sales-emea' : 'sales-americas',
  }));

  const warmUp = simulateGovernance({ baseline, draft, leads, members });
  const elapsedMs: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const start = performance.now();
    simulateGovernance({ baseline, draft, leads, members });
    elapsedMs.push(performance.now() - start);
  }

  const medianMs = median(elapsedMs);
  console.log(`leads: ${LEAD_COUNT}, models per run: 2 (baseline and draft), timed runs: ${TIMED_RUNS}`);
  console.log(
    `MQL baseline/draft: ${warmUp.motions.reduce((sum, row) => sum + row.baselineMql, 0)}/${warmUp.motions.reduce((sum, row) => sum + row.draftMql, 0)}`,
  );
  console.log(`runs (ms): ${elapsedMs.map((value) => value.toFixed(1)).join(', ')}`);
  console.log(`median elapsed: ${medianMs.toFixed(1)} ms`);
  console.log(`leads per second: ${Math.round(LEAD_COUNT / (medianMs / 1000)).toLocaleString('en-US')}`);
}

main();
