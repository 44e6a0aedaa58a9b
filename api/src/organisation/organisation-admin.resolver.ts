import { Role } from '@accord/governance';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { JsonObjectScalar } from '../schema/json.scalar';
import { Team } from './team.type';
import { UserUpdateInput } from './user-update.input';
import { User } from './user.type';

@Resolver()
export class OrganisationAdminResolver {
  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Query(() => [Team], { description: 'Every team, by label.' })
  teams(@Ctx() context: RequestContext): Promise<Team[]> {
    return context.services.organisationAdmin.listTeams();
  }

  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Query(() => [User], { description: 'Users by name: every user for an admin or marketing ops, the members of their own team for a manager.' })
  users(@Ctx() context: RequestContext): Promise<User[]> {
    return context.services.organisationAdmin.listUsers(requireCaller(context));
  }

  @Authorized(Role.Admin)
  @Mutation(() => Team, {
    description: 'Replaces a team’s business calendar. BAD_USER_INPUT lists the calendar’s problems; NOT_FOUND for an unknown team.',
  })
  updateTeamCalendar(
    @Ctx() context: RequestContext,
    @Arg('teamId', () => ID, { description: 'Team id (UUID).' }) teamId: string,
    @Arg('calendar', () => JsonObjectScalar, { description: 'The calendar: timeZone, hours and holidays.' })
    calendar: Record<string, unknown>,
  ): Promise<Team> {
    return context.services.organisationAdmin.updateTeamCalendar(requireCaller(context), teamId, calendar);
  }

  @Authorized(Role.Admin)
  @Mutation(() => User, {
    description:
      'Changes a user’s activity, out-of-office instant, time zone or personal calendar. BAD_USER_INPUT lists the problems; CONFLICT when an admin deactivates their own account.',
  })
  updateUser(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID, { description: 'User id (UUID).' }) id: string,
    @Arg('input', () => UserUpdateInput, { description: 'The fields to change.' }) input: UserUpdateInput,
  ): Promise<User> {
    return context.services.organisationAdmin.updateUser(requireCaller(context), id, input);
  }
}
