import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';

import type { RequestContext } from '../context/request-context';
import { Team } from './team.type';
import { User } from './user.type';

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Team, { nullable: true, description: 'The team the user belongs to; null for admins and partners.' })
  team(@Root() user: User, @Ctx() context: RequestContext): Promise<Team | null> {
    return user.teamId === null ? Promise.resolve(null) : context.loaders.teams.load(user.teamId);
  }
}

@Resolver(() => Team)
export class TeamResolver {
  @FieldResolver(() => User, { nullable: true, description: 'The manager who receives the team’s escalations.' })
  manager(@Root() team: Team, @Ctx() context: RequestContext): Promise<User | null> {
    return team.managerId === null ? Promise.resolve(null) : context.loaders.users.load(team.managerId);
  }
}
