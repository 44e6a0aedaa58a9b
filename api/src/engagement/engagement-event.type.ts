import type { EngagementEventEntity } from '@accord/db';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('EngagementEvent', { description: 'One engagement event of a lead, such as a demo request, as behaviour scoring reads it.' })
export class EngagementEvent {
  @Field(() => ID, { description: 'Event id (UUID).' })
  id!: string;

  @Field(() => ID, { description: 'Id of the lead that engaged.' })
  leadId!: string;

  @Field(() => String, { description: 'Event name, one of the behaviour weights of the governance model, such as demo_request.' })
  event!: string;

  @Field(() => Date, { description: 'When the lead engaged, as the sender reported it.' })
  occurredAt!: Date;

  @Field(() => Date, { description: 'When Accord stored the event. A retry with the same idempotency key returns the first stored time.' })
  receivedAt!: Date;

  @Field(() => String, { description: 'The sender’s key; one event is stored per key.' })
  idempotencyKey!: string;
}

export function toEngagementEvent(entity: EngagementEventEntity): EngagementEvent {
  return {
    id: entity.id,
    leadId: entity.leadId,
    event: entity.event,
    occurredAt: entity.occurredAt,
    receivedAt: entity.receivedAt,
    idempotencyKey: entity.idempotencyKey,
  };
}
