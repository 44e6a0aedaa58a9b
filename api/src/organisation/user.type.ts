import type { UserEntity } from '@accord/db';
import { Role, type BusinessCalendar } from '@accord/governance';
import { Field, ID, ObjectType } from 'type-graphql';

import { isRole } from '../auth/caller';
import { RoleEnum } from '../schema/graphql-enums';
import { JsonObjectScalar } from '../schema/json.scalar';

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

  @Field(() => Boolean, { description: 'False for a deactivated user, who cannot sign in and is never picked by routing.' })
  active!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'While this instant is in the future, routing skips the user; null when not out of office.',
  })
  outOfOfficeUntil!: Date | null;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'Personal business calendar that overrides the team’s for SLA time; null to use the team’s.',
  })
  calendar!: BusinessCalendar | null;

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
    active: entity.active,
    outOfOfficeUntil: entity.outOfOfficeUntil,
    calendar: entity.calendar,
    teamId: entity.teamId,
  };
}
