import type { BusinessCalendar } from '@accord/governance';
import { IsOptional, MaxLength } from 'class-validator';
import { Field, InputType } from 'type-graphql';

import { JsonObjectScalar } from '../schema/json.scalar';

@InputType('UserUpdateInput', {
  description: 'Changes to a user. An absent field keeps its value; null clears outOfOfficeUntil and calendar.',
})
export class UserUpdateInput {
  @Field(() => Boolean, { nullable: true, description: 'False deactivates the user: no sign-in, no routing.' })
  active?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Instant until which routing skips the user; null ends the absence.' })
  outOfOfficeUntil?: Date | null;

  @IsOptional()
  @MaxLength(100, { message: 'timeZone must be at most 100 characters' })
  @Field(() => String, { nullable: true, description: 'IANA time zone in which the portals show instants, such as Europe/Berlin.' })
  timeZone?: string | null;

  @Field(() => JsonObjectScalar, {
    nullable: true,
    description: 'Personal business calendar (timeZone, hours, holidays) that overrides the team’s; null to use the team’s.',
  })
  calendar?: BusinessCalendar | Record<string, unknown> | null;
}
