import {
  addBusinessSeconds,
  FORWARD_STAGES,
  selectSlaCalendar,
  selectSlaPolicy,
  slaStageWhileIn,
  Stage,
  type BusinessCalendar,
  type GovernanceModel,
  type Motion,
} from '@accord/governance';
import type { DataSource } from 'typeorm';

import { MAX_STUCK_LEADS_IN_PACK, type StuckLead } from '../../review/review-pack';

interface CandidateRow {
  id: string;
  company: string | null;
  stage: string;
  motion: string;
  owner_id: string | null;
  owner_name: string | null;
  team_label: string | null;
  sla_state: string;
  limit_started_at: Date;
  owner_calendar: BusinessCalendar | null;
  team_calendar: BusinessCalendar | null;
}

/**
 * Open leads that are BREACHED, or whose limit clock started before their stage's cutoff. The limit
 * clock starts when the lead entered its stage (its latest transition into it, or its arrival for
 * leads still at LEAD), except for opportunities: their weekly pipeline review restarts the clock, so
 * the running review clock's start counts. Calendar time is never less than business time, so the
 * cutoff `now - shortest target of the stage` keeps every lead that can be over its limit. The
 * business-time check then runs on the rows returned.
 */
const SELECT_CANDIDATES = `
  WITH open_leads AS (
    SELECT l.*,
           coalesce((SELECT max(t.occurred_at) FROM stage_transitions t WHERE t.lead_id = l.id AND t.to_stage = l.stage), l.arrived_at) AS stage_entered_at
      FROM leads l
     WHERE l.stage = ANY($1::text[])
  )
  SELECT o.id, o.company, o.stage, o.motion, o.owner_id, u.name AS owner_name, coalesce(lt.label, ot.label) AS team_label,
         o.sla_state,
         CASE WHEN o.stage = 'OPPORTUNITY' AND o.sla_stage = 'OPPORTUNITY' AND o.sla_started_at IS NOT NULL
              THEN o.sla_started_at ELSE o.stage_entered_at END AS limit_started_at,
         u.calendar AS owner_calendar, coalesce(ot.calendar, lt.calendar) AS team_calendar
    FROM open_leads o
    LEFT JOIN users u ON u.id = o.owner_id
    LEFT JOIN teams ot ON ot.id = u.team_id
    LEFT JOIN teams lt ON lt.id = o.team_id
    LEFT JOIN unnest($2::text[], $3::timestamptz[]) AS c(stage, cutoff) ON c.stage = o.stage
   WHERE o.sla_state = 'BREACHED'
      OR (CASE WHEN o.stage = 'OPPORTUNITY' AND o.sla_stage = 'OPPORTUNITY' AND o.sla_started_at IS NOT NULL
               THEN o.sla_started_at ELSE o.stage_entered_at END) < c.cutoff
   ORDER BY limit_started_at, o.id`;

/** Returns the shortest SLA target (of any motion) that limits each open stage, in business seconds. */
function shortestTargets(model: GovernanceModel): Map<Stage, number> {
  const targets = new Map<Stage, number>();
  for (const stage of FORWARD_STAGES) {
    const limitStage = slaStageWhileIn(stage);
    const definition = limitStage === null ? undefined : model.stages.find((candidate) => candidate.stage === limitStage);
    if (definition === undefined) {
      continue;
    }
    const seconds = Object.values(definition.sla)
      .filter((policy) => policy !== null && policy !== undefined)
      .map((policy) => policy.targetSeconds);
    if (seconds.length > 0) {
      targets.set(stage, Math.min(...seconds));
    }
  }

  return targets;
}

/** Returns the lead's limit in business seconds and whether it is past it at `now`, or null when its stage has none. */
function checkLimit(model: GovernanceModel, row: CandidateRow, now: Date): { limitSeconds: number; over: boolean } | null {
  const limitStage = slaStageWhileIn(row.stage as Stage);
  const policy = limitStage === null ? null : selectSlaPolicy(model, limitStage, row.motion as Motion);
  if (policy === null) {
    return null;
  }
  const calendar = selectSlaCalendar(model, policy, row.owner_calendar, row.team_calendar);
  if (calendar === null) {
    return null;
  }
  const deadline = addBusinessSeconds(row.limit_started_at.toISOString(), policy.targetSeconds, calendar);

  return { limitSeconds: policy.targetSeconds, over: new Date(deadline).getTime() < now.getTime() };
}

/**
 * Finds the open leads stuck at `now`: their SLA state is BREACHED, or they spent more business time
 * in their stage than the stage's SLA target on the owner's calendar (the owner's own, else their
 * team's, else the policy's). Returns the total and the `MAX_STUCK_LEADS_IN_PACK` that waited longest.
 */
export async function loadStuckLeads(dataSource: DataSource, model: GovernanceModel, now: Date): Promise<{ total: number; leads: StuckLead[] }> {
  const targets = shortestTargets(model);
  const stages = [...targets.keys()];
  const cutoffs = stages.map((stage) => new Date(now.getTime() - (targets.get(stage) ?? 0) * 1000));
  const rows: CandidateRow[] = await dataSource.query(SELECT_CANDIDATES, [FORWARD_STAGES, stages, cutoffs]);

  const stuck: StuckLead[] = [];
  for (const row of rows) {
    const limit = checkLimit(model, row, now);
    const reasons: StuckLead['reasons'] = [];
    if (row.sla_state === 'BREACHED') {
      reasons.push('BREACHED');
    }
    if (limit?.over === true) {
      reasons.push('OVER_LIMIT');
    }
    if (reasons.length === 0) {
      continue;
    }
    stuck.push({
      leadId: row.id,
      company: row.company,
      stage: row.stage,
      motion: row.motion,
      ownerId: row.owner_id,
      ownerName: row.owner_name,
      teamLabel: row.team_label,
      slaState: row.sla_state,
      stageEnteredAt: row.limit_started_at.toISOString(),
      limitSeconds: limit?.limitSeconds ?? null,
      reasons,
    });
  }

  return { total: stuck.length, leads: stuck.slice(0, MAX_STUCK_LEADS_IN_PACK) };
}
