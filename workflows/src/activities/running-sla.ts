import type { EntityManager } from 'typeorm';
import { selectSlaPolicy, type GovernanceModel, type Motion, type Stage } from '@accord/governance';
import { type LeadEntity, SlaState, TeamEntity } from '@accord/db';
import type { RunningSla } from './activity-types';

export async function teamManagerId(manager: EntityManager, teamId: string | null): Promise<string | null> {
  if (teamId === null) {
    return null;
  }
  const team = await manager.findOne(TeamEntity, { where: { id: teamId } });

  return team?.managerId ?? null;
}

/**
 * The SLA clock stored on a lead, or null when none is running. The escalation ladder is read from
 * `model`, the version the clock was armed under.
 */
export function runningSlaOf(lead: LeadEntity, managerId: string | null, model: GovernanceModel): RunningSla | null {
  const running = lead.slaState === SlaState.OnTrack || lead.slaState === SlaState.Warning || lead.slaState === SlaState.Breached;
  if (!running || lead.slaStage === null || lead.slaCalendar === null) {
    return null;
  }
  if (lead.slaStartedAt === null || lead.slaDueAt === null) {
    return null;
  }

  return {
    stage: lead.slaStage as Stage,
    ownerId: lead.ownerId,
    managerId,
    startedAt: lead.slaStartedAt.toISOString(),
    warnAt: lead.slaWarnAt?.toISOString() ?? null,
    dueAt: lead.slaDueAt.toISOString(),
    calendar: lead.slaCalendar,
    escalation: selectSlaPolicy(model, lead.slaStage as Stage, lead.motion as Motion)?.escalation ?? [],
  };
}
