import { TeamEntity, UserEntity } from '@accord/db';
import { In, type DataSource } from 'typeorm';

import { toTeam, type Team } from './team.type';
import { toUser, type User } from './user.type';

/** Reads users and teams, by id and in batches, for the GraphQL field resolvers. */
export class OrganisationService {
  constructor(private readonly dataSource: DataSource) {}

  async findUsersByIds(ids: readonly string[]): Promise<Map<string, User>> {
    const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });

    return new Map(users.map((user) => [user.id, toUser(user)]));
  }

  async findTeamsByIds(ids: readonly string[]): Promise<Map<string, Team>> {
    const teams = await this.dataSource.getRepository(TeamEntity).findBy({ id: In([...ids]) });

    return new Map(teams.map((team) => [team.id, toTeam(team)]));
  }
}
