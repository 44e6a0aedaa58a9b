import { ContactChannel, ContactOutcome, type ContactAttemptEntity, type LeadNoteEntity } from '@accord/db';
import { Field, ID, ObjectType } from 'type-graphql';

import { ContactChannelEnum, ContactOutcomeEnum } from '../schema/graphql-enums';

@ObjectType('RoutingTraceEntry', {
  description: 'One step of routing: a rule tried, a candidate skipped, the owner assigned or a fallback.',
})
export class RoutingTraceEntry {
  @Field(() => String, { description: 'RULE, CANDIDATE, ASSIGNED or FALLBACK.' })
  step!: string;

  @Field(() => String, { description: 'What the step is about: a routing rule key, a user id, a team key or a pool key.' })
  key!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The user’s name, or the label of the routing pool or team the key names; null for rule steps and unknown keys.',
  })
  label!: string | null;

  @Field(() => String, { description: 'What happened in this step, such as "skipped: out of office".' })
  outcome!: string;
}

@ObjectType('ContactAttempt', { description: 'One attempt to reach the lead’s contact; the first one counts as the first touch.' })
export class ContactAttempt {
  @Field(() => ID, { description: 'Attempt id (UUID).' })
  id!: string;

  @Field(() => ContactChannelEnum, { description: 'The medium of the attempt.' })
  channel!: ContactChannel;

  @Field(() => ContactOutcomeEnum, { description: 'The result of the attempt.' })
  outcome!: ContactOutcome;

  @Field(() => String, { nullable: true, description: 'Free text the user wrote about the attempt.' })
  note!: string | null;

  @Field(() => Date, { description: 'When the attempt was logged.' })
  occurredAt!: Date;

  /** Resolved to `actor` by the lead work resolver. */
  actorId!: string | null;
}

@ObjectType('LeadNote', { description: 'A free-text note a user wrote on the lead.' })
export class LeadNote {
  @Field(() => ID, { description: 'Note id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'The note’s text, 1 to 2,000 characters.' })
  body!: string;

  @Field(() => Date, { description: 'When the note was written.' })
  createdAt!: Date;

  /** Resolved to `actor` by the lead work resolver. */
  actorId!: string | null;
}

export function toContactAttempt(entity: ContactAttemptEntity): ContactAttempt {
  return {
    id: entity.id,
    channel: entity.channel,
    outcome: entity.outcome,
    note: entity.note,
    occurredAt: entity.occurredAt,
    actorId: entity.actorId,
  };
}

export function toLeadNote(entity: LeadNoteEntity): LeadNote {
  return { id: entity.id, body: entity.body, createdAt: entity.createdAt, actorId: entity.actorId };
}
