import { Role } from '@accord/governance';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { Lead, toLead } from '../lead/lead.type';
import { DEFAULT_NOTIFICATIONS_PAGE_SIZE, Notification, NotificationsArgs, toNotification } from './notification.type';
import { MAX_MARK_READ_IDS } from './notification.service';

const RECIPIENT_ROLES = [Role.Admin, Role.Manager, Role.Rep];

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized(...RECIPIENT_ROLES)
  @Query(() => [Notification], { description: 'The caller’s own notifications, newest first.' })
  async notifications(@Ctx() context: RequestContext, @Args(() => NotificationsArgs) args: NotificationsArgs): Promise<Notification[]> {
    const notifications = await context.services.notifications.list(requireCaller(context), {
      unreadOnly: args.unreadOnly ?? false,
      first: args.first ?? DEFAULT_NOTIFICATIONS_PAGE_SIZE,
    });

    return notifications.map(toNotification);
  }

  @Authorized(...RECIPIENT_ROLES)
  @Mutation(() => Int, {
    description:
      `Marks the caller’s unread notifications among ids read, at most ${MAX_MARK_READ_IDS} ids per call, and returns how many changed. ` +
      'Ids of other users’ notifications are ignored.',
  })
  markNotificationsRead(@Ctx() context: RequestContext, @Arg('ids', () => [ID]) ids: string[]): Promise<number> {
    return context.services.notifications.markRead(requireCaller(context), ids);
  }

  @FieldResolver(() => Lead, {
    nullable: true,
    description: 'The lead the notification is about; null when the caller can no longer see it.',
  })
  async lead(@Root() notification: Notification, @Ctx() context: RequestContext): Promise<Lead | null> {
    const lead = notification.leadId === null ? null : await context.loaders.visibleLeads.load(notification.leadId);

    return lead === null ? null : toLead(lead);
  }
}
