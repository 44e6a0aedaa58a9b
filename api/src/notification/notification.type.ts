import type { NotificationEntity } from '@accord/db';
import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';

/** Upper bound of `first` in `notifications`. */
export const MAX_NOTIFICATIONS_PAGE_SIZE = 200;
export const DEFAULT_NOTIFICATIONS_PAGE_SIZE = 50;

@ObjectType('Notification', {
  description: 'A message to one user about a lead: an assignment, an SLA warning, a breach or an escalation.',
})
export class Notification {
  @Field(() => ID, { description: 'Notification id (UUID).' })
  id!: string;

  @Field(() => String, { description: 'Kind of message, such as LEAD_ASSIGNED, SLA_WARNING or SLA_BREACHED.' })
  kind!: string;

  @Field(() => String, { description: 'The message in words.' })
  message!: string;

  @Field(() => Date, { description: 'When the notification was sent.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the recipient marked it read; null while unread.' })
  readAt!: Date | null;

  /** Resolved to `lead` by the notification resolver, when the caller may still see that lead. */
  leadId!: string | null;
}

@ArgsType()
export class NotificationsArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only notifications not marked read yet.' })
  unreadOnly?: boolean | null;

  @IsOptional()
  @Min(1, { message: `first must be from 1 to ${MAX_NOTIFICATIONS_PAGE_SIZE}` })
  @Max(MAX_NOTIFICATIONS_PAGE_SIZE, { message: `first must be from 1 to ${MAX_NOTIFICATIONS_PAGE_SIZE}` })
  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_NOTIFICATIONS_PAGE_SIZE,
    description: `Number of notifications, from 1 to ${MAX_NOTIFICATIONS_PAGE_SIZE}.`,
  })
  first?: number | null;
}

export function toNotification(entity: NotificationEntity): Notification {
  return {
    id: entity.id,
    kind: entity.kind,
    message: entity.message,
    createdAt: entity.createdAt,
    readAt: entity.readAt,
    leadId: entity.leadId,
  };
}
