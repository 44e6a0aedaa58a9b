import { TeamEntity, UserEntity, type LeadEntity } from '@accord/db';
import { Role, type FieldProblem } from '@accord/governance';
import type { EntityManager } from 'typeorm';

import { isUuid } from '../auth/is-uuid';

/** Maximum length of a reassignment reason in characters; the lifecycle rejects longer reasons too. */
export const MAX_REASSIGN_REASON_LENGTH = 500;

/** Checks a trimmed reassignment reason: present and at most `MAX_REASSIGN_REASON_LENGTH` characters. */
export function checkReassignReason(reason: string): FieldProblem[] {
  if (reason !== '' && reason.length <= MAX_REASSIGN_REASON_LENGTH) {
    return [];
  }

  return [
    {
      field: 'reason',
      value: reason.slice(0, 50),
      message: `reason is required, up to ${MAX_REASSIGN_REASON_LENGTH} characters; say why the lead changes hands`,
    },
  ];
}

/**
 * Checks the user a lead is given to: an active member of the lead's team or that team's manager. A
 * lead without a team (routing found no pool) may go to any active rep or manager. Each problem names
 * the users who qualify.
 */
export async function checkReassignTarget(manager: EntityManager, lead: LeadEntity, toUserId: string): Promise<FieldProblem[]> {
  const team = lead.teamId === null ? null : await manager.findOne(TeamEntity, { where: { id: lead.teamId } });
  const allowed = team === null ? 'an active rep or manager' : `an active member of team ${team.label} or its manager`;
  const target = isUuid(toUserId) ? await manager.findOne(UserEntity, { where: { id: toUserId } }) : null;

  if (target === null) {
    return [{ field: 'toUserId', value: toUserId, message: `toUserId "${toUserId}" is not a user id; choose ${allowed}` }];
  }
  if (!target.active) {
    return [{ field: 'toUserId', value: toUserId, message: `user ${target.name} is deactivated; choose ${allowed}` }];
  }

  const inTeam =
    team === null ? target.role === Role.Rep || target.role === Role.Manager : target.teamId === team.id || team.managerId === target.id;
  if (!inTeam) {
    const where = team === null ? `a ${target.role.toLowerCase()}` : `in team ${team.label}`;

    return [{ field: 'toUserId', value: toUserId, message: `user ${target.name} is not ${where}; choose ${allowed}` }];
  }

  return [];
}
