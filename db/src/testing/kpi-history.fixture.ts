import { randomUUID } from 'node:crypto';

import type { DataSource } from 'typeorm';

import { LOST_STAGE, WON_STAGE } from '../kpi/kpi-stages';

/** For tests only: one lead of a hand-written history and everything recorded about it. */
export interface KpiLeadSpec {
  id: string;
  motion: string;
  source: string;
  industry: string;
  employeeCount: number | null;
  country: string;
  region: string;
  teamId: string | null;
  ownerId: string | null;
  arrivedAt: Date;
  /** Transitions after the creation at LEAD, in order. */
  transitions: { toStage: string; at: Date; reasonCode: string | null }[];
  speedToLeadSeconds: number | null;
  speedToLeadBusinessSeconds: number | null;
  contactAttempts: Date[];
  sla: { stage: string; armedAt: Date; outcome: 'MET' | 'BREACHED' | null }[];
}

export const KPI_TEST_REASON_CODES = ['ACCEPTED_MEETS_ICP', 'NO_FIT', 'SPAM', 'NO_BUDGET'];

const HOUR_MS = 3_600_000;

/** Paths through the funnel: each step is a stage, hours after arrival and a reason code. */
const PATHS: [string, number, string | null][][] = [
  [['MQL', 1, null], ['SAL', 5, 'ACCEPTED_MEETS_ICP'], ['SQL', 48, null], ['OPPORTUNITY', 200, null], [WON_STAGE, 700, null]],
  [['MQL', 2, null], ['SAL', 30, null], ['SQL', 100, null], ['OPPORTUNITY', 300, null], [LOST_STAGE, 900, null]],
  [['MQL', 1, null], ['REJECTED', 20, 'NO_FIT']],
  [['MQL', 3, null], ['SAL', 10, 'ACCEPTED_MEETS_ICP'], ['DISQUALIFIED', 50, 'SPAM']],
  [],
  [['MQL', 1, null], ['RECYCLED', 24, 'NO_BUDGET'], ['MQL', 400, null], ['SAL', 420, 'ACCEPTED_MEETS_ICP']],
  [['MQL', 4, null], ['SAL', 6, null], ['SQL', 90, null]],
];
const MOTIONS = ['INBOUND', 'OUTBOUND', 'PARTNER'];
const SOURCES = ['web', 'event', 'referral', 'ads'];
const INDUSTRIES = ['Software', 'Retail', 'Finance'];
const EMPLOYEES = [12, 49, 50, 180, 200, 950, 1000, 40000, null];
const COUNTRIES = [
  ['DE', 'EMEA'],
  ['FR', 'EMEA'],
  ['US', 'AMER'],
  ['CA', 'AMER'],
];

/**
 * Builds a history of `count` leads that cycle through the paths above, arriving every 79 hours
 * from 2026-01-05. Two more leads become MQL half an hour before a UTC month ends (2026-02-28T23:30Z
 * and 2026-03-31T23:30Z), which Europe/Berlin puts in the next month.
 */
export function buildKpiHistory(teams: { id: string; ownerIds: string[] }[], count = 42): KpiLeadSpec[] {
  const specs: KpiLeadSpec[] = [];
  const start = Date.parse('2026-01-05T10:00:00Z');

  for (let index = 0; index < count; index += 1) {
    const arrivedAt = new Date(start + index * 79 * HOUR_MS);
    const path = PATHS[index % PATHS.length] ?? [];
    const team = teams[index % teams.length] ?? null;
    const routed = index % 5 !== 0 && team !== null;
    const ownerId = routed ? (team.ownerIds[index % team.ownerIds.length] ?? null) : null;
    const [country, region] = COUNTRIES[index % COUNTRIES.length] ?? ['DE', 'EMEA'];
    const touched = routed && index % 3 !== 0;
    const transitions = path.map(([toStage, hours, reasonCode]) => ({ toStage, at: new Date(arrivedAt.getTime() + hours * HOUR_MS), reasonCode }));
    const mql = transitions.find((transition) => transition.toStage === 'MQL');
    const sal = transitions.find((transition) => transition.toStage === 'SAL');
    let slaOutcome: 'MET' | 'BREACHED' | null = null;
    if (sal !== undefined) {
      slaOutcome = index % 4 === 0 ? 'BREACHED' : 'MET';
    }

    specs.push({
      id: randomUUID(),
      motion: MOTIONS[index % MOTIONS.length] ?? 'INBOUND',
      source: SOURCES[index % SOURCES.length] ?? 'web',
      industry: INDUSTRIES[index % INDUSTRIES.length] ?? 'Software',
      employeeCount: EMPLOYEES[index % EMPLOYEES.length] ?? null,
      country,
      region,
      teamId: routed ? team.id : null,
      ownerId,
      arrivedAt,
      transitions,
      speedToLeadSeconds: touched ? 300 + ((index * 7919) % 86_400) : null,
      speedToLeadBusinessSeconds: touched ? 60 + ((index * 3571) % 28_800) : null,
      contactAttempts: touched ? [new Date(arrivedAt.getTime() + HOUR_MS)] : [],
      sla: mql !== undefined && routed ? [{ stage: 'SAL', armedAt: mql.at, outcome: slaOutcome }] : [],
    });
  }

  for (const mqlAt of ['2026-02-28T23:30:00Z', '2026-03-31T23:30:00Z']) {
    const team = teams[0] ?? null;
    specs.push({
      id: randomUUID(),
      motion: 'INBOUND',
      source: 'web',
      industry: 'Software',
      employeeCount: 75,
      country: 'DE',
      region: 'EMEA',
      teamId: team?.id ?? null,
      ownerId: team?.ownerIds[0] ?? null,
      arrivedAt: new Date(Date.parse(mqlAt) - HOUR_MS),
      transitions: [{ toStage: 'MQL', at: new Date(mqlAt), reasonCode: null }],
      speedToLeadSeconds: null,
      speedToLeadBusinessSeconds: null,
      contactAttempts: [],
      sla: [],
    });
  }

  return specs;
}

/** Inserts the leads of a history with their transitions, SLA events and contact attempts, in plain SQL. */
export async function insertKpiHistory(dataSource: DataSource, specs: readonly KpiLeadSpec[]): Promise<void> {
  await dataSource.query(
    `INSERT INTO reason_codes (code, label, kinds) SELECT code, code, ARRAY['ACCEPT', 'REJECT', 'RECYCLE', 'DISQUALIFY'] FROM unnest($1::text[]) AS code
     ON CONFLICT (code) DO NOTHING`,
    [KPI_TEST_REASON_CODES],
  );

  for (const spec of specs) {
    const lastStage = spec.transitions[spec.transitions.length - 1]?.toStage ?? 'LEAD';
    await dataSource.query(
      `INSERT INTO leads (id, email, email_normalized, motion, source, industry, employee_count, country, region, team_id, owner_id,
         score_breakdown, routing_trace, governance_version, stage, arrived_at, routed_at, speed_to_lead_seconds, speed_to_lead_business_seconds)
       VALUES ($1, $2, $2, $3, $4, $5, $6, $7, $8, $9, $10, '[]', '[]', 1, $11, $12, $13, $14, $15)`,
      [
        spec.id,
        `kpi-${spec.id}@example.com`,
        spec.motion,
        spec.source,
        spec.industry,
        spec.employeeCount,
        spec.country,
        spec.region,
        spec.teamId,
        spec.ownerId,
        lastStage,
        spec.arrivedAt,
        spec.ownerId === null ? null : spec.arrivedAt,
        spec.speedToLeadSeconds,
        spec.speedToLeadBusinessSeconds,
      ],
    );
    await insertKpiTransition(dataSource, spec.id, null, 'LEAD', spec.arrivedAt, null);
    let fromStage = 'LEAD';
    for (const transition of spec.transitions) {
      await insertKpiTransition(dataSource, spec.id, fromStage, transition.toStage, transition.at, transition.reasonCode);
      fromStage = transition.toStage;
    }

    for (const sla of spec.sla) {
      await insertSlaEvent(dataSource, spec.id, sla.stage, 'ARMED', sla.armedAt);
      if (sla.outcome !== null) {
        await insertSlaEvent(dataSource, spec.id, sla.stage, sla.outcome, new Date(sla.armedAt.getTime() + HOUR_MS));
      }
    }

    for (const at of spec.contactAttempts) {
      await dataSource.query(`INSERT INTO contact_attempts (lead_id, channel, outcome, occurred_at) VALUES ($1, 'PHONE', 'REACHED', $2)`, [spec.id, at]);
    }
  }
}

/** Inserts one stage transition, as the lifecycle workflow records it. */
export async function insertKpiTransition(
  dataSource: DataSource,
  leadId: string,
  fromStage: string | null,
  toStage: string,
  at: Date,
  reasonCode: string | null,
): Promise<void> {
  await dataSource.query(
    `INSERT INTO stage_transitions (lead_id, from_stage, to_stage, actor_kind, reason_code, governance_version, occurred_at, idempotency_key)
     VALUES ($1, $2, $3, 'SYSTEM', $4, 1, $5, $6)`,
    [leadId, fromStage, toStage, reasonCode, at, randomUUID()],
  );
}

async function insertSlaEvent(dataSource: DataSource, leadId: string, stage: string, kind: string, at: Date): Promise<void> {
  await dataSource.query(
    `INSERT INTO sla_events (lead_id, stage, kind, occurred_at, idempotency_key) VALUES ($1, $2, $3, $4, $5)`,
    [leadId, stage, kind, at, randomUUID()],
  );
}
