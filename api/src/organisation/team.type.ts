import type { TeamEntity } from '@accord/db';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Team', { description: 'A sales team: its members share a manager and, by default, a business calendar.' })
export class Team {
  @Field(() => ID, { description: 'Team id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Stable key that routing pools name, such as emea.' })
  key!: string;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  /** Resolved to `manager` by the organisation resolver. */
  managerId!: string | null;
}

export function toTeam(entity: TeamEntity): Team {
  return { id: entity.id, key: entity.key, label: entity.label, managerId: entity.managerId };
}
