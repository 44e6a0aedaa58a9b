import { Role } from '@accord/governance';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';

import { requireCaller } from '../auth/auth-checker';
import type { RequestContext } from '../context/request-context';
import { User } from '../organisation/user.type';
import { ApiKey, CreateApiKeyInput, CreatedApiKey, Partner } from './api-key.types';

@Resolver(() => ApiKey)
export class ApiKeyAdminResolver {
  @Authorized(Role.Admin)
  @Query(() => [Partner], { description: 'Every partner, by name. Admins only.' })
  partners(@Ctx() context: RequestContext): Promise<Partner[]> {
    return context.services.apiKeys.listPartners();
  }

  @Authorized(Role.Admin)
  @Query(() => [ApiKey], { description: 'API keys of every account of a partner, newest first. Admins only; NOT_FOUND for an unknown partner.' })
  apiKeys(@Ctx() context: RequestContext, @Arg('partnerId', () => ID, { description: 'Partner id (UUID).' }) partnerId: string): Promise<ApiKey[]> {
    return context.services.apiKeys.listKeys(partnerId);
  }

  @Authorized(Role.Admin)
  @Mutation(() => CreatedApiKey, {
    description:
      'Creates an API key for a partner account and returns the key once; it is never shown again. Admins only. BAD_USER_INPUT ' +
      'names an invalid field: a user that is not a partner account, a blank name, no scopes, or an expiry in the past or more than a year ahead.',
  })
  createApiKey(@Ctx() context: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput): Promise<CreatedApiKey> {
    return context.services.apiKeys.create(requireCaller(context), input);
  }

  @Authorized(Role.Admin)
  @Mutation(() => ApiKey, { description: 'Revokes an API key; the next request with it is rejected. Admins only; NOT_FOUND for an unknown key.' })
  revokeApiKey(@Ctx() context: RequestContext, @Arg('id', () => ID, { description: 'Key id (UUID).' }) id: string): Promise<ApiKey> {
    return context.services.apiKeys.revoke(requireCaller(context), id);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The partner account the key signs in as; null when it was deleted.' })
  partnerUser(@Root() key: ApiKey, @Ctx() context: RequestContext): Promise<User | null> {
    return context.loaders.users.load(key.partnerUserId);
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who created the key; null when that user was deleted.' })
  createdBy(@Root() key: ApiKey, @Ctx() context: RequestContext): Promise<User | null> {
    return key.createdById === null ? Promise.resolve(null) : context.loaders.users.load(key.createdById);
  }
}

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => [User], { description: 'The partner’s accounts (users with role PARTNER) that API keys can sign in as, by name.' })
  async accounts(@Root() partner: Partner, @Ctx() context: RequestContext): Promise<User[]> {
    const accounts = await context.services.apiKeys.listPartnerAccounts([partner.id]);

    return accounts.get(partner.id) ?? [];
  }
}
