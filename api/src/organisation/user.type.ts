import type { UserEntity } from '@accord/db';
import { Role } from '@accord/governance';
import { Field, ID, ObjectType } from 'type-graphql';

import { isRole } from '../auth/caller';
import { RoleEnum } from '../schema/graphql-enums';

@ObjectType('User', { description: 'A person who signs in to Accord: an admin, a manager, a rep or a partner account.' })
export class User {
  @Field(() => ID, { description: 'User id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Sign-in e-mail address, lower case.' })
  email!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;

  @Field(() => RoleEnum, { description: 'Role that decides what the user may see and do.' })
  role!: Role;

  @Field(() => String, { description: 'IANA time zone in which the portals show instants, such as Europe/Berlin.' })
  timeZone!: string;

  /** Resolved to `team` by the organisation resolver. */
  teamId!: string | null;
}

export function toUser(entity: UserEntity): User {
  if (!isRole(entity.role)) {
    throw new Error(`user ${entity.id} has the unknown role "${entity.role}"; fix the users row`);
  }

  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    timeZone: entity.timeZone,
    teamId: entity.teamId,
  };
}
