import type { EntityManager } from 'typeorm';
import { businessSecondsBetween } from '@accord/governance';
import { LeadEntity, TeamEntity, UserEntity } from './entities';

/**
 * Computes the response times to store on a lead's first rep touch (a stage action or a logged contact
 * attempt). Speed to lead (arrival to first touch) and SLA time (assignment to first touch), kept apart, each in
 * calendar seconds and in business seconds on the owner's calendar (their own, else their team's).
 */
export async function responseTimesAt(manager: EntityManager, lead: LeadEntity, touchedAt: Date): Promise<Partial<LeadEntity>> {
  const owner = lead.ownerId === null ? null : await manager.findOne(UserEntity, { where: { id: lead.ownerId } });
  const team = lead.teamId === null ? null : await manager.findOne(TeamEntity, { where: { id: lead.teamId } });
  const calendar = owner?.calendar ?? team?.calendar ?? null;
  const seconds = (from: Date): number => Math.max(0, Math.round((touchedAt.getTime() - from.getTime()) / 1000));
  const businessSeconds = (from: Date): number | null =>
    calendar === null || from.getTime() >= touchedAt.getTime()
      ? null
      : Math.round(businessSecondsBetween(from.toISOString(), touchedAt.toISOString(), calendar));

  return {
    speedToLeadSeconds: seconds(lead.arrivedAt),
    speedToLeadBusinessSeconds: businessSeconds(lead.arrivedAt),
    responseSeconds: lead.assignedAt === null ? null : seconds(lead.assignedAt),
    responseBusinessSeconds: lead.assignedAt === null ? null : businessSeconds(lead.assignedAt),
  };
}
