import { AuditAction, SessionRevokedReason, TeamEntity, UserEntity } from '@accord/db';
import { Role, validateCalendar, type BusinessCalendar, type FieldProblem } from '@accord/governance';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';

import type { Caller } from '../auth/caller';
import { isUuid } from '../auth/is-uuid';
import { revokeUserSessions } from '../auth/session-revocation';
import { AuditTargetType, recordAudit } from '../audit/record-audit';
import { AccordError } from '../errors/accord-error';
import { checkCalendarShape, hasCalendarShape } from '../governance/shape/governance-model.shape';
import { toTeam, type Team } from './team.type';
import type { UserUpdateInput } from './user-update.input';
import { toUser, type User } from './user.type';

/** Lists teams and users for admins and managers, and lets admins change calendars and user availability. */
export class OrganisationAdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly logger: Logger,
  ) {}

  /** Returns every team, by label. */
  async listTeams(): Promise<Team[]> {
    const teams = await this.dataSource.getRepository(TeamEntity).find({ order: { label: 'ASC', id: 'ASC' } });

    return teams.map(toTeam);
  }

  /** Returns every user for an admin or marketing ops, who assign pools, and the members of their own team for a manager, by name. */
  async listUsers(caller: Caller): Promise<User[]> {
    const users = this.dataSource.getRepository(UserEntity);
    if (caller.role === Role.Admin || caller.role === Role.MarketingOps) {
      return (await users.find({ order: { name: 'ASC', id: 'ASC' } })).map(toUser);
    }
    if (caller.teamId === null) {
      return [];
    }

    return (await users.find({ where: { teamId: caller.teamId }, order: { name: 'ASC', id: 'ASC' } })).map(toUser);
  }

  /** Replaces a team's business calendar after checking it; BAD_USER_INPUT lists the calendar's problems. */
  async updateTeamCalendar(actor: Caller, teamId: string, calendar: unknown): Promise<Team> {
    const checked = requireCalendar(calendar, 'calendar');

    const team = await this.dataSource.transaction(async (manager) => {
      const row = isUuid(teamId) ? await manager.findOne(TeamEntity, { where: { id: teamId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (row === null) {
        throw AccordError.notFound('Team', teamId);
      }

      await manager.update(TeamEntity, { id: teamId }, { calendar: checked });
      await recordAudit(manager, {
        action: AuditAction.TeamUpdated,
        actorId: actor.id,
        targetType: AuditTargetType.Team,
        targetId: teamId,
        before: { calendar: row.calendar },
        after: { calendar: checked },
        summary: `Changed the business calendar of team ${row.label}.`,
      });

      return { ...row, calendar: checked };
    });
    this.logger.info({ userId: actor.id, teamId }, 'Team calendar changed.');

    return toTeam(team);
  }

  /**
   * Changes a user's activity, out-of-office instant, time zone or personal calendar. Fields that are
   * absent keep their value. An admin cannot deactivate their own account, so one admin always remains.
   */
  async updateUser(actor: Caller, userId: string, input: UserUpdateInput): Promise<User> {
    const changes = readUserChanges(input);
    if (changes.active === false && userId === actor.id) {
      throw AccordError.conflict('You cannot deactivate your own account; ask another admin to do it.');
    }

    let revokedSessions = 0;
    const user = await this.dataSource.transaction(async (manager) => {
      const row = isUuid(userId) ? await manager.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (row === null) {
        throw AccordError.notFound('User', userId);
      }

      const before = Object.fromEntries(Object.keys(changes).map((key) => [key, row[key as keyof UserChanges]]));
      await manager.update(UserEntity, { id: userId }, changes);
      await recordAudit(manager, {
        action: AuditAction.UserUpdated,
        actorId: actor.id,
        targetType: AuditTargetType.User,
        targetId: userId,
        before,
        after: { ...changes },
        summary: `Changed ${Object.keys(changes).join(', ')} of user ${row.name}.`,
      });
      if (changes.active === false) {
        revokedSessions = await this.revokeSessionsOfDeactivated(manager, actor, userId);
      }

      return { ...row, ...changes };
    });
    this.logger.info({ userId: actor.id, targetUserId: userId, fields: Object.keys(changes), revokedSessions }, 'User changed.');

    return toUser(user);
  }

  /** Revokes the open sessions of a user being deactivated, so a later reactivation does not revive them, and returns their number. */
  private async revokeSessionsOfDeactivated(manager: EntityManager, actor: Caller, userId: string): Promise<number> {
    const revoked = await revokeUserSessions(manager, userId, SessionRevokedReason.UserDeactivated, new Date());
    if (revoked.length === 0) {
      return 0;
    }

    await recordAudit(manager, {
      action: AuditAction.SessionsRevoked,
      actorId: actor.id,
      targetType: AuditTargetType.User,
      targetId: userId,
      before: null,
      after: { revokedSessionIds: revoked, revokedReason: SessionRevokedReason.UserDeactivated },
      summary: `Revoked ${revoked.length} open ${revoked.length === 1 ? 'session' : 'sessions'} of a deactivated user.`,
    });

    return revoked.length;
  }
}

type UserChanges = Partial<Pick<UserEntity, 'active' | 'outOfOfficeUntil' | 'timeZone' | 'calendar'>>;

/** Keeps the fields the input sets, checks the time zone and the calendar, and throws BAD_USER_INPUT with every problem. */
function readUserChanges(input: UserUpdateInput): UserChanges {
  const changes: UserChanges = {};
  const problems: FieldProblem[] = [];

  if (input.active !== undefined && input.active !== null) {
    changes.active = input.active;
  }
  if (input.outOfOfficeUntil !== undefined) {
    changes.outOfOfficeUntil = input.outOfOfficeUntil;
  }
  if (input.timeZone !== undefined && input.timeZone !== null) {
    if (isValidTimeZone(input.timeZone)) {
      changes.timeZone = input.timeZone;
    } else {
      problems.push({
        field: 'input.timeZone',
        value: input.timeZone,
        message: `timeZone "${input.timeZone}" is not a valid IANA time zone; send a name such as Europe/Berlin`,
      });
    }
  }
  if (input.calendar === null) {
    changes.calendar = null;
  } else if (input.calendar !== undefined) {
    const calendarProblems = findCalendarProblems(input.calendar, 'input.calendar');
    problems.push(...calendarProblems);
    if (calendarProblems.length === 0 && hasCalendarShape(input.calendar)) {
      changes.calendar = input.calendar;
    }
  }

  if (problems.length === 0 && Object.keys(changes).length === 0) {
    problems.push({ field: 'input', value: null, message: 'input sets no field; send active, outOfOfficeUntil, timeZone or calendar' });
  }
  if (problems.length > 0) {
    throw AccordError.badUserInput(problems);
  }

  return changes;
}

/** Returns the problems of a JSON value as a business calendar, each named under `path`. */
function findCalendarProblems(value: unknown, path: string): FieldProblem[] {
  if (!hasCalendarShape(value)) {
    return checkCalendarShape(value).map((problem) => ({ field: `${path}.${problem.path}`, value: null, message: problem.message }));
  }

  return validateCalendar(value).map((problem) => ({ ...problem, field: `${path}.${problem.field}` }));
}

/** Returns the value as a calendar, or throws BAD_USER_INPUT with each of its problems. */
function requireCalendar(value: unknown, path: string): BusinessCalendar {
  const problems = findCalendarProblems(value, path);
  if (problems.length > 0 || !hasCalendarShape(value)) {
    throw AccordError.badUserInput(problems);
  }

  return value;
}

/** Returns whether the runtime knows the IANA time zone, which is what the portals format instants with. */
function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });

    return true;
  } catch {
    return false;
  }
}
