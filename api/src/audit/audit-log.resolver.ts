import { Role } from '@accord/governance';
import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { AuditEntry, AuditEntryConnection, AuditLogArgs, AuditLogCsvArgs, DEFAULT_AUDIT_PAGE_SIZE } from './audit-entry.types';

@Resolver(() => AuditEntry)
export class AuditLogResolver {
  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Query(() => AuditEntryConnection, {
    description: 'Recorded changes, newest first. A manager reads governance changes and the entries about their own team only.',
  })
  async auditLog(@Ctx() context: RequestContext, @Args(() => AuditLogArgs) args: AuditLogArgs): Promise<AuditEntryConnection> {
    const page = await context.services.auditLog.list(
      {
        first: args.first ?? DEFAULT_AUDIT_PAGE_SIZE,
        after: args.after ?? null,
        filter: args.filter ?? null,
      },
      requireCaller(context),
    );
    const edges = page.edges.map((edge) => ({ cursor: edge.cursor, node: edge.entry }));

    return {
      edges,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
      totalCount: page.totalCount,
    };
  }

  @Authorized(Role.Admin, Role.MarketingOps, Role.Manager)
  @Query(() => String, {
    description: 'The filtered audit log as RFC 4180 CSV, newest first: a header row, then one line per entry; at most 100,000 entries.',
  })
  auditLogCsv(@Ctx() context: RequestContext, @Args(() => AuditLogCsvArgs) args: AuditLogCsvArgs): Promise<string> {
    return context.services.auditLog.exportCsv(args.filter ?? null, requireCaller(context));
  }

  @FieldResolver(() => User, { nullable: true, description: 'The user who made the change; null when the account was deleted.' })
  actor(@Root() entry: AuditEntry, @Ctx() context: RequestContext): Promise<User | null> {
    return entry.actorId === null ? Promise.resolve(null) : context.loaders.users.load(entry.actorId);
  }
}
