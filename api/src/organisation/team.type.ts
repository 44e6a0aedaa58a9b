import type { TeamEntity } from '@accord/db';
import type { BusinessCalendar } from '@accord/governance';
import { Field, ID, ObjectType } from 'type-graphql';

import { JsonObjectScalar } from '../schema/json.scalar';

@ObjectType('Team', { description: 'A sales team: its members share a manager and, by default, a business calendar.' })
export class Team {
  @Field(() => ID, { description: 'Team id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Stable key that routing pools name, such as emea.' })
  key!: string;

  @Field(() => String, { description: 'Display name.' })
  label!: string;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description:
      'Business calendar (timeZone, hours, holidays) on which SLA time runs for members without their own; null when the team has none.',
  })
  calendar!: BusinessCalendar | null;

  /** Resolved to `manager` by the organisation resolver. */
  managerId!: string | null;
}

export function toTeam(entity: TeamEntity): Team {
  return { id: entity.id, key: entity.key, label: entity.label, calendar: entity.calendar, managerId: entity.managerId };
}
