import type { Motion, SimulationLead, SimulationMember } from '@accord/governance';
import type { DataSource } from 'typeorm';

import { deriveLeadOutcome } from './derive-lead-outcome';

/** Rows per FETCH from the server-side cursor: enough to keep round trips few, small enough to bound one batch. */
export const SIMULATION_FETCH_SIZE = 10_000;

interface SimulationLeadRow {
  email: string;
  first_name: string | null;
  last_name: string | null;
  title: string | null;
  phone: string | null;
  company: string | null;
  company_domain: string | null;
  industry: string | null;
  employee_count: number | null;
  annual_revenue_usd: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  source: string | null;
  motion: string;
  use_case: string | null;
  consent: boolean | null;
  fit_score: number;
  behaviour_score: number;
  stage: string;
  accepted_at: Date | null;
}

/** Only the columns the simulation reads: the lead attributes, the stage and the acceptance time. */
const SELECT_SIMULATION_LEADS = `
  SELECT email, first_name, last_name, title, phone, company, company_domain, industry, employee_count,
         annual_revenue_usd, country, region, city, source, motion, use_case, consent, fit_score,
         behaviour_score, stage, accepted_at
    FROM leads
   WHERE arrived_at >= now() - make_interval(days => $1::int)`;

/**
 * Reads the leads that arrived in the last `days` days with their attributes, scores and outcome.
 * One query runs through a server-side cursor in a read-only transaction, fetched in batches of
 * `SIMULATION_FETCH_SIZE`, so every batch comes from the same snapshot.
 */
export async function loadSimulationLeads(dataSource: DataSource, days: number): Promise<SimulationLead[]> {
  const runner = dataSource.createQueryRunner();
  const leads: SimulationLead[] = [];

  try {
    await runner.connect();
    await runner.query('BEGIN READ ONLY');
    await runner.query(`DECLARE simulation_leads NO SCROLL CURSOR FOR ${SELECT_SIMULATION_LEADS}`, [days]);

    for (;;) {
      const rows: SimulationLeadRow[] = await runner.query(`FETCH ${SIMULATION_FETCH_SIZE} FROM simulation_leads`);
      for (const row of rows) {
        leads.push(toSimulationLead(row));
      }
      if (rows.length < SIMULATION_FETCH_SIZE) {
        break;
      }
    }

    await runner.query('COMMIT');
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await runner.release();
  }

  return leads;
}

function toSimulationLead(row: SimulationLeadRow): SimulationLead {
  return {
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    title: row.title,
    phone: row.phone,
    company: row.company,
    companyDomain: row.company_domain,
    industry: row.industry,
    employeeCount: row.employee_count,
    annualRevenueUsd: row.annual_revenue_usd === null ? null : Number(row.annual_revenue_usd),
    country: row.country,
    region: row.region,
    city: row.city,
    source: row.source,
    motion: row.motion as Motion,
    useCase: row.use_case,
    consent: row.consent,
    fitScore: row.fit_score,
    behaviourScore: row.behaviour_score,
    outcome: deriveLeadOutcome(row.stage, row.accepted_at),
  };
}

/**
 * Reads every user who belongs to a team, with the team's key, so the simulation can name pool members
 * and count their team. Deactivated users are included because a draft may still list them in a pool.
 */
export async function loadSimulationMembers(dataSource: DataSource): Promise<SimulationMember[]> {
  const rows: { id: string; name: string; team_key: string }[] = await dataSource.query(
    `SELECT member.id, member.name, team.key AS team_key
       FROM users member JOIN teams team ON team.id = member.team_id
      ORDER BY member.name, member.id`,
  );

  return rows.map((row) => ({ id: row.id, name: row.name, teamKey: row.team_key }));
}
